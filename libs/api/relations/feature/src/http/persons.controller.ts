import { Controller, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEventPageSchema, AuditTrail } from '@gemeente-crm/api-audit';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, Change, etag, IfMatchVersion, ValidBody, ValidQuery, OptionalIfMatchVersion, withReason } from '@gemeente-crm/api-http';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import {
  ArchivePerson,
  CreatePerson,
  GetPerson,
  ListContactPersons,
  type PersonDetails,
  type PersonSortField,
  RELATION_AUDIT_OBJECT_TYPES,
  RestorePerson,
  SearchPersons,
  UpdatePerson,
} from '@gemeente-crm/relations-core';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { MergedRecords } from '../persistence/merged-records.js';
import { PERSON_EDITORS, RELATION_ARCHIVERS, RELATION_READERS } from './relation-roles.js';
import {
  ContactPersonListSchema,
  CreatePersonSchema,
  HistoryQuerySchema,
  PersonPageSchema,
  PersonQuerySchema,
  PersonSchema,
  ReasonSchema,
  UpdatePersonSchema,
} from './relation.schemas.js';
import { personSummaryView, personView } from './relation-views.js';
import { sortFromParam } from './sort-param.js';
import { UuidParam } from './uuid-param.js';

@ApiTags('Persons')
@Controller('persons')
export class PersonsController {
  constructor(
    private readonly createPerson: CreatePerson,
    private readonly updatePerson: UpdatePerson,
    private readonly archivePerson: ArchivePerson,
    private readonly restorePerson: RestorePerson,
    private readonly getPerson: GetPerson,
    private readonly searchPersons: SearchPersons,
    private readonly contactPersons: ListContactPersons,
    private readonly trail: AuditTrail,
    private readonly mergedRecords: MergedRecords,
  ) {}

  @Get()
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'Search and list persons (contact persons and residents); never shows BSNs' })
  @ApiResult(PersonPageSchema)
  @ApiProblems(422)
  async list(@ValidQuery(PersonQuerySchema) query: z.output<typeof PersonQuerySchema>) {
    const page = await this.searchPersons.execute({ ...query, sort: sortFromParam<PersonSortField>(query.sort) });
    return { ...page, items: page.items.map(personSummaryView) };
  }

  @Post()
  @HttpCode(201)
  @Roles(...PERSON_EDITORS)
  @ApiOperation({ summary: 'Register a person' })
  @ApiResult(PersonSchema, 201, 'Created')
  @ApiProblems(409, 422)
  async create(
    @ValidBody(CreatePersonSchema) body: z.output<typeof CreatePersonSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...input } = body;
    const person = await this.createPerson.execute(input, withReason(change, reason));
    void reply.header('location', `/api/v1/persons/${person.id}`);
    return this.view(person, reply);
  }

  @Get(':id')
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'A person; the read is recorded in the audit trail (AVG). BSN only for roles allowed to see it.' })
  @ApiResult(PersonSchema)
  @ApiProblems(400, 404)
  async get(@UuidParam('id') id: string, @Change() change: ChangeContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.view(await this.getPerson.execute(id, change), reply);
  }

  @Patch(':id')
  @Roles(...PERSON_EDITORS)
  @ApiOperation({ summary: 'Change the fields present in the body; requires If-Match' })
  @ApiResult(PersonSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async update(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(UpdatePersonSchema) body: z.output<typeof UpdatePersonSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...patch } = body;
    return this.view(await this.updatePerson.execute(id, patch, version, withReason(change, reason)), reply);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(...RELATION_ARCHIVERS)
  @ApiOperation({ summary: 'Archive (no hard delete); requires a reason. If-Match is optional.' })
  @ApiResult(PersonSchema)
  @ApiProblems(400, 404, 409, 412, 422)
  async archive(
    @UuidParam('id') id: string,
    @OptionalIfMatchVersion() version: number | null,
    @ValidBody(ReasonSchema) body: z.output<typeof ReasonSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.view(await this.archivePerson.execute(id, version, withReason(change, body.reason)), reply);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Roles(...RELATION_ARCHIVERS)
  @ApiOperation({ summary: 'Bring an archived person back; requires a reason' })
  @ApiResult(PersonSchema)
  @ApiProblems(400, 404, 409, 412, 422)
  async restore(
    @UuidParam('id') id: string,
    @OptionalIfMatchVersion() version: number | null,
    @ValidBody(ReasonSchema) body: z.output<typeof ReasonSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.view(await this.restorePerson.execute(id, version, withReason(change, body.reason)), reply);
  }

  @Get(':id/organisations')
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'The organisations this person works for, with their function' })
  @ApiResult(ContactPersonListSchema)
  @ApiProblems(400, 404)
  organisations(@UuidParam('id') id: string) {
    return this.contactPersons.byPerson(id);
  }

  @Get(':id/history')
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'The audit trail of this person: who changed what, when and why' })
  @ApiResult(AuditEventPageSchema)
  @ApiProblems(400, 404, 422)
  async history(@UuidParam('id') id: string, @ValidQuery(HistoryQuerySchema) query: z.output<typeof HistoryQuerySchema>) {
    // Persons merged into this one show their history here too.
    const objectIds = [id, ...(await this.mergedRecords.idsMergedInto('person', id))];
    return this.trail.find({ objectType: RELATION_AUDIT_OBJECT_TYPES.person, objectIds, ...query });
  }

  private view(person: PersonDetails, reply: FastifyReply) {
    void reply.header('etag', etag(person.version));
    return personView(person);
  }
}

