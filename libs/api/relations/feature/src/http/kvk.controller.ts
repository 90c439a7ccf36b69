import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import {
  ApiProblems,
  ApiResult,
  Change,
  etag,
  IfMatchVersion,
  PROBLEM_CONTENT_TYPE,
  ProblemDetailsSchema,
  schemaRef,
  ValidBody,
  ValidQuery,
  withReason,
} from '@gemeente-crm/api-http';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import { GetCompanyProfile, GetOrganisationKvkDifferences, SearchCompanyRegistry, UpdateOrganisationFromKvk } from '@gemeente-crm/relations-core';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { OwnerDirectory } from '../persistence/owner-directory.js';
import {
  KvkCompanyPageSchema,
  KvkCompanyProfileSchema,
  KvkCompanyQuerySchema,
  OrganisationKvkDifferencesSchema,
  UpdateOrganisationFromKvkSchema,
} from './kvk.schemas.js';
import { companyProfileView, kvkDifferencesView } from './kvk-views.js';
import { RELATION_EDITORS, RELATION_READERS } from './relation-roles.js';
import { OrganisationSchema } from './relation.schemas.js';
import { organisationView } from './relation-views.js';
import { UuidParam } from './uuid-param.js';

/** Every route here asks KvK, which may be down: 503 `kvk.unavailable` (or `kvk.access-denied`). */
const ApiKvkUnavailable = () =>
  ApiResponse({
    status: 503,
    description: 'The KvK Handelsregister cannot be reached now (`kvk.unavailable`) or refuses our API key (`kvk.access-denied`)',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: schemaRef(ProblemDetailsSchema) } },
  });

/** Looking companies up in the KvK Handelsregister, and bringing organisations in line with it (R12). */
@ApiTags('KvK')
@Controller()
export class KvkController {
  constructor(
    private readonly searchRegistry: SearchCompanyRegistry,
    private readonly companyProfile: GetCompanyProfile,
    private readonly kvkDifferences: GetOrganisationKvkDifferences,
    private readonly updateFromKvk: UpdateOrganisationFromKvk,
    private readonly owners: OwnerDirectory,
  ) {}

  @Get('kvk/companies')
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'Search the KvK Handelsregister by KvK number, name, city or postcode (at least one)' })
  @ApiResult(KvkCompanyPageSchema)
  @ApiProblems(422)
  @ApiKvkUnavailable()
  async search(@ValidQuery(KvkCompanyQuerySchema) query: z.output<typeof KvkCompanyQuerySchema>) {
    return this.searchRegistry.execute(query);
  }

  @Get('kvk/companies/:kvkNumber')
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: "A company's KvK profile, with the organisation fields to prefill a new organisation" })
  @ApiResult(KvkCompanyProfileSchema)
  @ApiProblems(404, 422)
  @ApiKvkUnavailable()
  async profile(@Param('kvkNumber') kvkNumber: string) {
    return companyProfileView(await this.companyProfile.execute(kvkNumber));
  }

  @Get('organisations/:id/kvk-differences')
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'Where the organisation differs from its KvK profile; the ETag is the version compared' })
  @ApiResult(OrganisationKvkDifferencesSchema)
  @ApiProblems(400, 404, 409)
  @ApiKvkUnavailable()
  async differences(@UuidParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const comparison = await this.kvkDifferences.execute(id);
    void reply.header('etag', etag(comparison.organisation.version));
    return kvkDifferencesView(comparison);
  }

  @Post('organisations/:id/kvk-update')
  @HttpCode(200)
  @Roles(...RELATION_EDITORS)
  @ApiOperation({ summary: 'Take the chosen differing fields over from KvK; requires If-Match. Audited, by default with reason "KvK-gegevens bijgewerkt"' })
  @ApiResult(OrganisationSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  @ApiKvkUnavailable()
  async update(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(UpdateOrganisationFromKvkSchema) body: z.output<typeof UpdateOrganisationFromKvkSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const organisation = await this.updateFromKvk.execute(id, body.fields, version, withReason(change, body.reason));
    void reply.header('etag', etag(organisation.version));
    return organisationView(organisation, await this.owners.namesOf([organisation.ownerId]));
  }
}
