import { Controller, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEventPageSchema, AuditTrail } from '@gemeente-crm/api-audit';
import { CurrentActor, Roles } from '@gemeente-crm/api-auth';
import {
  ApiProblems,
  ApiResult,
  Change,
  etag,
  IfMatchVersion,
  OptionalIfMatchVersion,
  pageQueryShape,
  ValidBody,
  ValidQuery,
  withReason,
} from '@gemeente-crm/api-http';
import { type Actor, type ChangeContext, ValidationError } from '@gemeente-crm/api-kernel';
import {
  ArchiveContactMoment,
  type ContactMoment,
  CreateContactMoment,
  GetContactMoment,
  INTERACTION_AUDIT_OBJECT_TYPES,
  type ObjectRef,
  RestoreContactMoment,
  SearchContactMoments,
  UpdateContactMoment,
} from '@gemeente-crm/interactions-core';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { ReasonBodySchema } from './common.schemas.js';
import {
  ContactMomentPageSchema,
  ContactMomentQuerySchema,
  ContactMomentSchema,
  CreateContactMomentSchema,
  UpdateContactMomentSchema,
} from './contact-moment.schemas.js';
import { INTERACTION_EDITORS, INTERACTION_READERS } from './interaction-roles.js';
import { InteractionViews } from './interaction-views.js';
import { UuidParam } from './uuid-param.js';

const HistoryQuerySchema = z.object({ ...pageQueryShape }).strict();

@ApiTags('Contact moments')
@Controller('contact-moments')
export class ContactMomentsController {
  constructor(
    private readonly createContactMoment: CreateContactMoment,
    private readonly updateContactMoment: UpdateContactMoment,
    private readonly archiveContactMoment: ArchiveContactMoment,
    private readonly restoreContactMoment: RestoreContactMoment,
    private readonly getContactMoment: GetContactMoment,
    private readonly searchContactMoments: SearchContactMoments,
    private readonly views: InteractionViews,
    private readonly trail: AuditTrail,
  ) {}

  @Get()
  @Roles(...INTERACTION_READERS)
  @ApiOperation({ summary: 'List contact moments, newest first; filter by relation, channel, employee, period or text' })
  @ApiResult(ContactMomentPageSchema)
  @ApiProblems(422)
  async list(@ValidQuery(ContactMomentQuerySchema) query: z.output<typeof ContactMomentQuerySchema>, @CurrentActor() actor: Actor) {
    const { organisationId, personId, leadId, participantId, from, to, ...rest } = query;
    if ([organisationId, personId, leadId].filter(Boolean).length > 1) {
      throw new ValidationError([{ field: 'personId', code: 'filter.one-relation', message: 'Filter op een organisatie, een persoon of een lead, niet op meer tegelijk.' }]);
    }
    const linkedTo: ObjectRef | undefined = organisationId
      ? { objectType: 'organisation', objectId: organisationId }
      : personId
        ? { objectType: 'person', objectId: personId }
        : leadId
          ? { objectType: 'lead', objectId: leadId }
          : undefined;
    const page = await this.searchContactMoments.execute({
      ...rest,
      ...(linkedTo ? { linkedTo } : {}),
      ...(participantId ? { participantId: participantId === 'me' ? actor.id : participantId } : {}),
      ...(from ? { from: new Date(from) } : {}),
      ...(to ? { to: new Date(to) } : {}),
    });
    return this.views.contactMomentPage(page);
  }

  @Post()
  @HttpCode(201)
  @Roles(...INTERACTION_EDITORS)
  @ApiOperation({ summary: 'Register a contact moment (klantcontact) with one or more relations' })
  @ApiResult(ContactMomentSchema, 201, 'Created')
  @ApiProblems(422)
  async create(
    @ValidBody(CreateContactMomentSchema) body: z.output<typeof CreateContactMomentSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, occurredAt, ...input } = body;
    const moment = await this.createContactMoment.execute({ ...input, occurredAt: occurredAt ? new Date(occurredAt) : null }, withReason(change, reason));
    void reply.header('location', `/api/v1/contact-moments/${moment.id}`);
    return this.view(moment, reply);
  }

  @Get(':id')
  @Roles(...INTERACTION_READERS)
  @ApiOperation({ summary: 'A contact moment; the ETag header carries its version for If-Match' })
  @ApiResult(ContactMomentSchema)
  @ApiProblems(400, 404)
  async get(@UuidParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.view(await this.getContactMoment.execute(id), reply);
  }

  @Patch(':id')
  @Roles(...INTERACTION_EDITORS)
  @ApiOperation({ summary: 'Correct a contact moment: change the fields present in the body; requires If-Match' })
  @ApiResult(ContactMomentSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async update(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(UpdateContactMomentSchema) body: z.output<typeof UpdateContactMomentSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, occurredAt, ...patch } = body;
    const moment = await this.updateContactMoment.execute(
      id,
      { ...patch, ...(occurredAt ? { occurredAt: new Date(occurredAt) } : {}) },
      version,
      withReason(change, reason),
    );
    return this.view(moment, reply);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(...INTERACTION_EDITORS)
  @ApiOperation({ summary: 'Withdraw a contact moment registered by mistake (no hard delete); requires a reason. If-Match is optional.' })
  @ApiResult(ContactMomentSchema)
  @ApiProblems(400, 404, 409, 412, 422)
  async archive(
    @UuidParam('id') id: string,
    @OptionalIfMatchVersion() version: number | null,
    @ValidBody(ReasonBodySchema) body: z.output<typeof ReasonBodySchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.view(await this.archiveContactMoment.execute(id, version, withReason(change, body.reason)), reply);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Roles(...INTERACTION_EDITORS)
  @ApiOperation({ summary: 'Bring back an archived contact moment; requires a reason' })
  @ApiResult(ContactMomentSchema)
  @ApiProblems(400, 404, 409, 412, 422)
  async restore(
    @UuidParam('id') id: string,
    @OptionalIfMatchVersion() version: number | null,
    @ValidBody(ReasonBodySchema) body: z.output<typeof ReasonBodySchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.view(await this.restoreContactMoment.execute(id, version, withReason(change, body.reason)), reply);
  }

  @Get(':id/history')
  @Roles(...INTERACTION_READERS)
  @ApiOperation({ summary: 'The audit trail of this contact moment: who changed what, when and why' })
  @ApiResult(AuditEventPageSchema)
  @ApiProblems(400, 404, 422)
  async history(@UuidParam('id') id: string, @ValidQuery(HistoryQuerySchema) query: z.output<typeof HistoryQuerySchema>) {
    await this.getContactMoment.execute(id);
    return this.trail.find({ objectType: INTERACTION_AUDIT_OBJECT_TYPES.contactMoment, objectId: id, ...query });
  }

  private view(moment: ContactMoment, reply: FastifyReply) {
    void reply.header('etag', etag(moment.version));
    return this.views.contactMoment(moment);
  }
}
