import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, Change, ValidBody, withReason } from '@gemeente-crm/api-http';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import { LinkContactPerson, ListContactPersons, UnlinkContactPerson } from '@gemeente-crm/relations-core';
import type { z } from 'zod';
import { RELATION_EDITORS, RELATION_READERS } from './relation-roles.js';
import { ContactPersonListSchema, ContactPersonSchema, LinkContactPersonSchema } from './relation.schemas.js';
import { UuidParam } from './uuid-param.js';

@ApiTags('Organisations')
@Controller('organisations/:id/contact-persons')
export class ContactPersonsController {
  constructor(
    private readonly listContactPersons: ListContactPersons,
    private readonly linkContactPerson: LinkContactPerson,
    private readonly unlinkContactPerson: UnlinkContactPerson,
  ) {}

  @Get()
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'The contact persons of an organisation, with their function' })
  @ApiResult(ContactPersonListSchema)
  @ApiProblems(400, 404)
  list(@UuidParam('id') organisationId: string) {
    return this.listContactPersons.byOrganisation(organisationId);
  }

  @Post()
  @HttpCode(201)
  @Roles(...RELATION_EDITORS)
  @ApiOperation({ summary: 'Link a person to the organisation as a contact person' })
  @ApiResult(ContactPersonSchema, 201, 'Linked')
  @ApiProblems(400, 404, 409, 422)
  async link(
    @UuidParam('id') organisationId: string,
    @ValidBody(LinkContactPersonSchema) body: z.output<typeof LinkContactPersonSchema>,
    @Change() change: ChangeContext,
  ) {
    const { reason, ...input } = body;
    const link = await this.linkContactPerson.execute(organisationId, input, withReason(change, reason));
    const listed = await this.listContactPersons.byOrganisation(organisationId, { includeArchived: true });
    return listed.find((item) => item.id === link.id);
  }

  @Delete(':personId')
  @HttpCode(204)
  @Roles(...RELATION_EDITORS)
  @ApiOperation({ summary: 'Remove the link between the organisation and the person; requires a reason (X-Reason)' })
  @ApiProblems(400, 404, 422)
  async unlink(@UuidParam('id') organisationId: string, @UuidParam('personId') personId: string, @Change() change: ChangeContext): Promise<void> {
    await this.unlinkContactPerson.execute(organisationId, personId, change);
  }
}
