import { Controller, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEventPageSchema, AuditTrail } from '@gemeente-crm/api-audit';
import { CurrentActor, Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, Change, etag, IfMatchVersion, pageQueryShape, ValidBody, ValidQuery, withReason } from '@gemeente-crm/api-http';
import { type Actor, type ChangeContext, ValidationError } from '@gemeente-crm/api-kernel';
import {
  CreateLead,
  GetLead,
  GetLeadStageHistory,
  type Lead,
  LEAD_AUDIT_OBJECT_TYPES,
  type LeadRelationRef,
  LoseLead,
  MoveLead,
  ReopenLead,
  SearchLeads,
  UpdateLead,
  WinLead,
} from '@gemeente-crm/leads-core';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { LEAD_EDITORS, LEAD_READERS, LEAD_REOPENERS } from './lead-roles.js';
import {
  CreateLeadSchema,
  LeadPageSchema,
  LeadQuerySchema,
  LeadSchema,
  LoseLeadSchema,
  MoveLeadSchema,
  ReopenLeadSchema,
  StageChangeListSchema,
  UpdateLeadSchema,
  WinLeadSchema,
} from './lead.schemas.js';
import { LeadViews } from './lead-views.js';
import { UuidParam } from './uuid-param.js';

const HistoryQuerySchema = z.object({ ...pageQueryShape }).strict();

@ApiTags('Leads')
@Controller('leads')
export class LeadsController {
  constructor(
    private readonly createLead: CreateLead,
    private readonly updateLead: UpdateLead,
    private readonly moveLead: MoveLead,
    private readonly winLead: WinLead,
    private readonly loseLead: LoseLead,
    private readonly reopenLead: ReopenLead,
    private readonly getLead: GetLead,
    private readonly getStageHistory: GetLeadStageHistory,
    private readonly searchLeads: SearchLeads,
    private readonly views: LeadViews,
    private readonly trail: AuditTrail,
  ) {}

  @Get()
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'List leads; filter by pipeline, stage, owner, source, status, relation or period; sortable' })
  @ApiResult(LeadPageSchema)
  @ApiProblems(422)
  async list(@ValidQuery(LeadQuerySchema) query: z.output<typeof LeadQuerySchema>, @CurrentActor() actor: Actor) {
    const { owner, source, status, organisationId, personId, ...rest } = query;
    if (organisationId && personId) {
      throw new ValidationError([{ field: 'personId', code: 'filter.one-relation', message: 'Filter op een organisatie of op een persoon, niet op beide.' }]);
    }
    const relation: LeadRelationRef | undefined = organisationId
      ? { objectType: 'organisation', objectId: organisationId }
      : personId
        ? { objectType: 'person', objectId: personId }
        : undefined;
    const page = await this.searchLeads.execute({
      ...rest,
      ...(owner ? { ownerId: owner === 'me' ? actor.id : owner } : {}),
      ...(source ? { sourceCode: source } : {}),
      ...(status ? { statuses: status } : {}),
      ...(relation ? { relation } : {}),
    });
    return this.views.page(page);
  }

  @Post()
  @HttpCode(201)
  @Roles(...LEAD_EDITORS)
  @ApiOperation({ summary: 'Register a lead for an organisation or person, or with a new prospect organisation; yours unless an owner is given' })
  @ApiResult(LeadSchema, 201, 'Created')
  @ApiProblems(404, 409, 422)
  async create(@ValidBody(CreateLeadSchema) body: z.output<typeof CreateLeadSchema>, @Change() change: ChangeContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const { reason, ...input } = body;
    const lead = await this.createLead.execute(input, withReason(change, reason));
    void reply.header('location', `/api/v1/leads/${lead.id}`);
    return this.view(lead, reply);
  }

  @Get(':id')
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'A lead; the ETag header carries its version for If-Match' })
  @ApiResult(LeadSchema)
  @ApiProblems(400, 404)
  async get(@UuidParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.view(await this.getLead.execute(id), reply);
  }

  @Patch(':id')
  @Roles(...LEAD_EDITORS)
  @ApiOperation({ summary: 'Change the fields of an open lead; requires If-Match' })
  @ApiResult(LeadSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async update(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(UpdateLeadSchema) body: z.output<typeof UpdateLeadSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...patch } = body;
    return this.view(await this.updateLead.execute(id, patch, version, withReason(change, reason)), reply);
  }

  @Post(':id/move')
  @HttpCode(200)
  @Roles(...LEAD_EDITORS)
  @ApiOperation({
    summary: 'Move an open lead to another stage, optionally filling in fields; requires If-Match',
    description: 'A stage that requires fields the lead lacks answers 422 `stage-requirements-unmet` with one entry per missing field in `errors[]`.',
  })
  @ApiResult(LeadSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async move(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(MoveLeadSchema) body: z.output<typeof MoveLeadSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.view(await this.moveLead.execute(id, body.stageId, body.fields ?? {}, version, withReason(change, body.reason)), reply);
  }

  @Post(':id/win')
  @HttpCode(200)
  @Roles(...LEAD_EDITORS)
  @ApiOperation({ summary: 'Mark an open lead won: what was won; its organisation becomes a customer; requires If-Match' })
  @ApiResult(LeadSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async win(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(WinLeadSchema) body: z.output<typeof WinLeadSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...input } = body;
    return this.view(await this.winLead.execute(id, input, version, withReason(change, reason)), reply);
  }

  @Post(':id/lose')
  @HttpCode(200)
  @Roles(...LEAD_EDITORS)
  @ApiOperation({ summary: 'Mark an open lead lost, with a reason from GET /lead-lost-reasons; requires If-Match' })
  @ApiResult(LeadSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async lose(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(LoseLeadSchema) body: z.output<typeof LoseLeadSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...input } = body;
    return this.view(await this.loseLead.execute(id, input, version, withReason(change, reason)), reply);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Roles(...LEAD_REOPENERS)
  @ApiOperation({ summary: 'Reopen a won or lost lead; the reason is required; requires If-Match' })
  @ApiResult(LeadSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async reopen(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(ReopenLeadSchema) body: z.output<typeof ReopenLeadSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.view(await this.reopenLead.execute(id, version, withReason(change, body.reason)), reply);
  }

  @Get(':id/stage-history')
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'Every stage the lead entered, with when and by whom, oldest first' })
  @ApiResult(StageChangeListSchema)
  @ApiProblems(400, 404)
  async stageHistory(@UuidParam('id') id: string) {
    return this.views.stageHistory(await this.getStageHistory.execute(id));
  }

  @Get(':id/history')
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'The audit trail of this lead: who changed what, when and why' })
  @ApiResult(AuditEventPageSchema)
  @ApiProblems(400, 404, 422)
  async history(@UuidParam('id') id: string, @ValidQuery(HistoryQuerySchema) query: z.output<typeof HistoryQuerySchema>) {
    await this.getLead.execute(id);
    return this.trail.find({ objectType: LEAD_AUDIT_OBJECT_TYPES.lead, objectId: id, ...query });
  }

  private async view(lead: Lead, reply: FastifyReply) {
    void reply.header('etag', etag(lead.version));
    return this.views.lead(lead);
  }
}
