import { Controller, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditTrail, AuditEventPageSchema } from '@gemeente-crm/api-audit';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, Change, etag, IfMatchVersion, ValidBody, ValidQuery, OptionalIfMatchVersion, withReason } from '@gemeente-crm/api-http';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import {
  ArchiveOrganisation,
  CreateOrganisation,
  GetOrganisation,
  type Organisation,
  type OrganisationSortField,
  RELATION_AUDIT_OBJECT_TYPES,
  RestoreOrganisation,
  SearchOrganisations,
  UpdateOrganisation,
} from '@gemeente-crm/relations-core';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { MergedRecords } from '../persistence/merged-records.js';
import { OwnerDirectory } from '../persistence/owner-directory.js';
import { RELATION_ARCHIVERS, RELATION_EDITORS, RELATION_READERS } from './relation-roles.js';
import {
  CreateOrganisationSchema,
  HistoryQuerySchema,
  OrganisationPageSchema,
  OrganisationQuerySchema,
  OrganisationSchema,
  ReasonSchema,
  UpdateOrganisationSchema,
} from './relation.schemas.js';
import { organisationSummaryView, organisationView } from './relation-views.js';
import { sortFromParam } from './sort-param.js';
import { UuidParam } from './uuid-param.js';


@ApiTags('Organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly createOrganisation: CreateOrganisation,
    private readonly updateOrganisation: UpdateOrganisation,
    private readonly archiveOrganisation: ArchiveOrganisation,
    private readonly restoreOrganisation: RestoreOrganisation,
    private readonly getOrganisation: GetOrganisation,
    private readonly searchOrganisations: SearchOrganisations,
    private readonly owners: OwnerDirectory,
    private readonly trail: AuditTrail,
    private readonly mergedRecords: MergedRecords,
  ) {}

  @Get()
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'Search and list organisations (archived ones only with includeArchived=true)' })
  @ApiResult(OrganisationPageSchema)
  @ApiProblems(422)
  async list(@ValidQuery(OrganisationQuerySchema) query: z.output<typeof OrganisationQuerySchema>) {
    const page = await this.searchOrganisations.execute({ ...query, sort: sortFromParam<OrganisationSortField>(query.sort) });
    const names = await this.owners.namesOf(page.items.map((item) => item.ownerId));
    return { ...page, items: page.items.map((item) => organisationSummaryView(item, names)) };
  }

  @Post()
  @HttpCode(201)
  @Roles(...RELATION_EDITORS)
  @ApiOperation({ summary: 'Register an organisation' })
  @ApiResult(OrganisationSchema, 201, 'Created')
  @ApiProblems(409, 422)
  async create(
    @ValidBody(CreateOrganisationSchema) body: z.output<typeof CreateOrganisationSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...input } = body;
    await this.owners.assertKnown(input.ownerId);
    const organisation = await this.createOrganisation.execute(input, withReason(change, reason));
    void reply.header('location', `/api/v1/organisations/${organisation.id}`);
    return this.view(organisation, reply);
  }

  @Get(':id')
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'An organisation; the ETag header carries its version for If-Match' })
  @ApiResult(OrganisationSchema)
  @ApiProblems(400, 404)
  async get(@UuidParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.view(await this.getOrganisation.execute(id), reply);
  }

  @Patch(':id')
  @Roles(...RELATION_EDITORS)
  @ApiOperation({ summary: 'Change the fields present in the body; requires If-Match' })
  @ApiResult(OrganisationSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async update(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(UpdateOrganisationSchema) body: z.output<typeof UpdateOrganisationSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...patch } = body;
    await this.owners.assertKnown(patch.ownerId);
    return this.view(await this.updateOrganisation.execute(id, patch, version, withReason(change, reason)), reply);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(...RELATION_ARCHIVERS)
  @ApiOperation({ summary: 'Archive (no hard delete); requires a reason. If-Match is optional.' })
  @ApiResult(OrganisationSchema)
  @ApiProblems(400, 404, 409, 412, 422)
  async archive(
    @UuidParam('id') id: string,
    @OptionalIfMatchVersion() version: number | null,
    @ValidBody(ReasonSchema) body: z.output<typeof ReasonSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.view(await this.archiveOrganisation.execute(id, version, withReason(change, body.reason)), reply);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Roles(...RELATION_ARCHIVERS)
  @ApiOperation({ summary: 'Bring an archived organisation back; requires a reason' })
  @ApiResult(OrganisationSchema)
  @ApiProblems(400, 404, 409, 412, 422)
  async restore(
    @UuidParam('id') id: string,
    @OptionalIfMatchVersion() version: number | null,
    @ValidBody(ReasonSchema) body: z.output<typeof ReasonSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.view(await this.restoreOrganisation.execute(id, version, withReason(change, body.reason)), reply);
  }

  @Get(':id/history')
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'The audit trail of this organisation (and of organisations merged into it): who changed what, when and why' })
  @ApiResult(AuditEventPageSchema)
  @ApiProblems(400, 404, 422)
  async history(@UuidParam('id') id: string, @ValidQuery(HistoryQuerySchema) query: z.output<typeof HistoryQuerySchema>) {
    await this.getOrganisation.execute(id);
    const objectIds = [id, ...(await this.mergedRecords.idsMergedInto('organisation', id))];
    return this.trail.find({ objectType: RELATION_AUDIT_OBJECT_TYPES.organisation, objectIds, ...query });
  }

  private async view(organisation: Organisation, reply: FastifyReply) {
    void reply.header('etag', etag(organisation.version));
    const names = await this.owners.namesOf([organisation.ownerId]);
    return organisationView(organisation, names);
  }
}

