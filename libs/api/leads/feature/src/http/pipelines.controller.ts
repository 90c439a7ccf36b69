import { Controller, Get, HttpCode, Post, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEventPageSchema, AuditTrail } from '@gemeente-crm/api-audit';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, Change, etag, IfMatchVersion, pageQueryShape, ValidBody, ValidQuery, withReason } from '@gemeente-crm/api-http';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import { CreatePipeline, GetLeadBoard, GetPipeline, LEAD_AUDIT_OBJECT_TYPES, ListPipelines, type Pipeline, UpdatePipeline } from '@gemeente-crm/leads-core';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { LEAD_CONFIGURATORS, LEAD_READERS } from './lead-roles.js';
import { LeadBoardSchema } from './lead.schemas.js';
import { LeadViews, pipelineView } from './lead-views.js';
import { PipelineInputSchema, PipelineListSchema, PipelineSchema } from './pipeline.schemas.js';
import { UuidParam } from './uuid-param.js';

const HistoryQuerySchema = z.object({ ...pageQueryShape }).strict();

@ApiTags('Leads')
@Controller('pipelines')
export class PipelinesController {
  constructor(
    private readonly createPipeline: CreatePipeline,
    private readonly updatePipeline: UpdatePipeline,
    private readonly getPipeline: GetPipeline,
    private readonly listPipelines: ListPipelines,
    private readonly getBoard: GetLeadBoard,
    private readonly views: LeadViews,
    private readonly trail: AuditTrail,
  ) {}

  @Get()
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'Every pipeline with its stages, by department' })
  @ApiResult(PipelineListSchema)
  async list() {
    return { items: (await this.listPipelines.execute()).map(pipelineView) };
  }

  @Post()
  @HttpCode(201)
  @Roles(...LEAD_CONFIGURATORS)
  @ApiOperation({ summary: "Define a department's pipeline: stages in order, default probability and required fields per stage" })
  @ApiResult(PipelineSchema, 201, 'Created')
  @ApiProblems(409, 422)
  async create(@ValidBody(PipelineInputSchema) body: z.output<typeof PipelineInputSchema>, @Change() change: ChangeContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const { reason, ...input } = body;
    const pipeline = await this.createPipeline.execute(input, withReason(change, reason));
    void reply.header('location', `/api/v1/pipelines/${pipeline.id}`);
    return this.view(pipeline, reply);
  }

  @Get(':id')
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'A pipeline; the ETag header carries its version for If-Match' })
  @ApiResult(PipelineSchema)
  @ApiProblems(400, 404)
  async get(@UuidParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.view(await this.getPipeline.execute(id), reply);
  }

  @Put(':id')
  @Roles(...LEAD_CONFIGURATORS)
  @ApiOperation({
    summary: 'Replace name, department and stages (rename, reorder, add, remove); requires If-Match',
    description: 'Existing stages are named by id and keep their leads; removing a stage that still has leads is refused with 409 `pipeline.stage-in-use`.',
  })
  @ApiResult(PipelineSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async update(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(PipelineInputSchema) body: z.output<typeof PipelineInputSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...input } = body;
    return this.view(await this.updatePipeline.execute(id, input, version, withReason(change, reason)), reply);
  }

  @Get(':id/board')
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'The board: per stage the number of open leads, their total expected value and the cards' })
  @ApiResult(LeadBoardSchema)
  @ApiProblems(400, 404)
  async board(@UuidParam('id') id: string) {
    return this.views.board(await this.getBoard.execute(id));
  }

  @Get(':id/history')
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'The audit trail of this pipeline' })
  @ApiResult(AuditEventPageSchema)
  @ApiProblems(400, 404, 422)
  async history(@UuidParam('id') id: string, @ValidQuery(HistoryQuerySchema) query: z.output<typeof HistoryQuerySchema>) {
    await this.getPipeline.execute(id);
    return this.trail.find({ objectType: LEAD_AUDIT_OBJECT_TYPES.pipeline, objectId: id, ...query });
  }

  private view(pipeline: Pipeline, reply: FastifyReply) {
    void reply.header('etag', etag(pipeline.version));
    return pipelineView(pipeline);
  }
}
