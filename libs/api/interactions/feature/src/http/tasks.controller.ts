import { Controller, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEventPageSchema, AuditTrail } from '@gemeente-crm/api-audit';
import { CurrentActor, Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, Change, etag, IfMatchVersion, pageQueryShape, ValidBody, ValidQuery, withReason } from '@gemeente-crm/api-http';
import { type Actor, type ChangeContext, Clock, ValidationError } from '@gemeente-crm/api-kernel';
import {
  CreateTask,
  GetTask,
  INTERACTION_AUDIT_OBJECT_TYPES,
  localDate,
  type RelationRef,
  SearchTasks,
  type Task,
  UpdateTask,
} from '@gemeente-crm/interactions-core';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { INTERACTION_EDITORS, INTERACTION_READERS } from './interaction-roles.js';
import { InteractionViews } from './interaction-views.js';
import { CreateTaskSchema, TaskPageSchema, TaskQuerySchema, TaskSchema, UpdateTaskSchema } from './task.schemas.js';
import { UuidParam } from './uuid-param.js';

const HistoryQuerySchema = z.object({ ...pageQueryShape }).strict();

@ApiTags('Tasks')
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly createTask: CreateTask,
    private readonly updateTask: UpdateTask,
    private readonly getTask: GetTask,
    private readonly searchTasks: SearchTasks,
    private readonly views: InteractionViews,
    private readonly trail: AuditTrail,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...INTERACTION_READERS)
  @ApiOperation({ summary: 'List tasks, most urgent first; e.g. ?assignee=me&status=open,bezig&dueBefore=2026-07-01, or ?leadId= for the tasks of a lead' })
  @ApiResult(TaskPageSchema)
  @ApiProblems(422)
  async list(@ValidQuery(TaskQuerySchema) query: z.output<typeof TaskQuerySchema>, @CurrentActor() actor: Actor) {
    const { assignee, status, organisationId, personId, leadId, ...rest } = query;
    if (organisationId && personId) {
      throw new ValidationError([{ field: 'personId', code: 'filter.one-relation', message: 'Filter op een organisatie of op een persoon, niet op beide.' }]);
    }
    const relation: RelationRef | undefined = organisationId
      ? { objectType: 'organisation', objectId: organisationId }
      : personId
        ? { objectType: 'person', objectId: personId }
        : undefined;
    const page = await this.searchTasks.execute({
      ...rest,
      ...(assignee ? { assigneeId: assignee === 'me' ? actor.id : assignee } : {}),
      ...(status ? { statuses: status } : {}),
      ...(relation ? { relation } : {}),
      ...(leadId ? { regarding: { objectType: 'lead' as const, objectId: leadId } } : {}),
    });
    return this.views.taskPage(page);
  }

  @Post()
  @HttpCode(201)
  @Roles(...INTERACTION_EDITORS)
  @ApiOperation({ summary: 'Create a follow-up task for a relation, optionally about one of its leads; assigned to you unless a person or team is given' })
  @ApiResult(TaskSchema, 201, 'Created')
  @ApiProblems(422)
  async create(
    @ValidBody(CreateTaskSchema) body: z.output<typeof CreateTaskSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...input } = body;
    const task = await this.createTask.execute(input, withReason(change, reason));
    void reply.header('location', `/api/v1/tasks/${task.id}`);
    return this.view(task, reply);
  }

  @Get(':id')
  @Roles(...INTERACTION_READERS)
  @ApiOperation({ summary: 'A task; the ETag header carries its version for If-Match' })
  @ApiResult(TaskSchema)
  @ApiProblems(400, 404)
  async get(@UuidParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.view(await this.getTask.execute(id), reply);
  }

  @Patch(':id')
  @Roles(...INTERACTION_EDITORS)
  @ApiOperation({ summary: 'Change a task and/or move its status; requires If-Match' })
  @ApiResult(TaskSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async update(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(UpdateTaskSchema) body: z.output<typeof UpdateTaskSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...patch } = body;
    return this.view(await this.updateTask.execute(id, patch, version, withReason(change, reason)), reply);
  }

  @Get(':id/history')
  @Roles(...INTERACTION_READERS)
  @ApiOperation({ summary: 'The audit trail of this task: who changed what, when and why' })
  @ApiResult(AuditEventPageSchema)
  @ApiProblems(400, 404, 422)
  async history(@UuidParam('id') id: string, @ValidQuery(HistoryQuerySchema) query: z.output<typeof HistoryQuerySchema>) {
    await this.getTask.execute(id);
    return this.trail.find({ objectType: INTERACTION_AUDIT_OBJECT_TYPES.task, objectId: id, ...query });
  }

  private view(task: Task, reply: FastifyReply) {
    void reply.header('etag', etag(task.version));
    return this.views.task(task, localDate(this.clock.now()));
  }
}
