import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, Change, IfMatchVersion, ValidBody, ValidQuery, withReason } from '@gemeente-crm/api-http';
import type { ChangeContext, Role } from '@gemeente-crm/api-kernel';
import {
  CheckKvkRegistrations,
  DismissDuplicatePair,
  type DuplicateCandidate,
  type DuplicatePair,
  DUPLICATE_REASON_LABELS,
  type DuplicateReason,
  type DuplicateScanRun,
  GetLatestDuplicateScan,
  FindDuplicateCandidates,
  ListDuplicatePairs,
  MergeOrganisations,
  MergePersons,
  type Organisation,
  PreviewOrganisationMerge,
  PreviewPersonMerge,
  RequestDuplicateScan,
  toPersonDetails,
} from '@gemeente-crm/relations-core';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { OwnerDirectory } from '../persistence/owner-directory.js';
import {
  DismissDuplicateSchema,
  DuplicateCandidateListSchema,
  DuplicatePairPageSchema,
  DuplicatePairQuerySchema,
  DuplicateScanRunSchema,
  LatestDuplicateScanSchema,
  KvkCheckResultSchema,
  MergeOrganisationSchema,
  MergePersonSchema,
  MergePreviewQuerySchema,
  OrganisationMergePreviewSchema,
  OrganisationMergeResultSchema,
  PersonMergePreviewSchema,
  PersonMergeResultSchema,
} from './duplicates.schemas.js';
import { RELATION_ARCHIVERS, RELATION_EDITORS, RELATION_READERS } from './relation-roles.js';
import { organisationView, personView } from './relation-views.js';
import { UuidParam } from './uuid-param.js';

/** Merging archives the duplicate, so it takes the roles that may archive. */
export const RELATION_MERGERS: Role[] = RELATION_ARCHIVERS;
/** Starting a duplicate scan or KvK check by hand (they also run nightly) is for the people who run the application. */
export const RELATION_JOB_RUNNERS: Role[] = ['teamleider', 'functioneel-beheerder'];
/** The scan's status: for those who read the list, and for those who start a scan and follow it. */
export const DUPLICATE_SCAN_READERS: Role[] = [...new Set([...RELATION_EDITORS, ...RELATION_JOB_RUNNERS])];

function reasonsView(reasons: readonly DuplicateReason[]) {
  return reasons.map((code) => ({ code, label: DUPLICATE_REASON_LABELS[code] }));
}

function scanRunView(run: DuplicateScanRun) {
  return {
    ...run,
    requestedAt: run.requestedAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

/** Where the SPA follows a requested scan. */
const SCAN_STATUS_PATH = '/api/v1/duplicates/scan';

function candidateView(candidate: DuplicateCandidate) {
  return { ...candidate, reasons: reasonsView(candidate.reasons) };
}

function pairView(pair: DuplicatePair) {
  return { ...pair, reasons: reasonsView(pair.reasons), foundAt: pair.foundAt.toISOString() };
}

/** Duplicate detection (R2), merging relations and the KvK registration check (R12). */
@ApiTags('Duplicates and merge')
@Controller()
export class DuplicatesController {
  constructor(
    private readonly listDuplicatePairs: ListDuplicatePairs,
    private readonly findDuplicateCandidates: FindDuplicateCandidates,
    private readonly dismissDuplicatePair: DismissDuplicatePair,
    private readonly requestDuplicateScan: RequestDuplicateScan,
    private readonly getLatestDuplicateScan: GetLatestDuplicateScan,
    private readonly previewOrganisationMerge: PreviewOrganisationMerge,
    private readonly previewPersonMerge: PreviewPersonMerge,
    private readonly mergeOrganisations: MergeOrganisations,
    private readonly mergePersons: MergePersons,
    private readonly checkKvkRegistrations: CheckKvkRegistrations,
    private readonly owners: OwnerDirectory,
  ) {}

  @Get('duplicates')
  @Roles(...RELATION_EDITORS)
  @ApiOperation({ summary: 'Likely duplicate pairs (from the last scan), best first; dismissed and archived ones left out' })
  @ApiResult(DuplicatePairPageSchema)
  @ApiProblems(422)
  async list(@ValidQuery(DuplicatePairQuerySchema) query: z.output<typeof DuplicatePairQuerySchema>) {
    const page = await this.listDuplicatePairs.execute(query);
    return { ...page, items: page.items.map(pairView) };
  }

  @Post('duplicates/dismiss')
  @HttpCode(204)
  @Roles(...RELATION_EDITORS)
  @ApiOperation({ summary: 'Mark two records as "geen dubbel": never suggested again (audited on both)' })
  @ApiProblems(404, 422)
  async dismiss(@ValidBody(DismissDuplicateSchema) body: z.output<typeof DismissDuplicateSchema>, @Change() change: ChangeContext): Promise<void> {
    await this.dismissDuplicatePair.execute(body.kind, body.firstId, body.secondId, withReason(change, body.reason));
  }

  @Post('duplicates/scan')
  @HttpCode(202)
  @Roles(...RELATION_JOB_RUNNERS)
  @ApiOperation({
    summary:
      'Recompute the duplicate list now (it also runs nightly): queues a run on the job queue and returns it (202, Location: its status). ' +
      'While a run is queued or running, returns that one. Where the job queue does not run in this process (JOBS_ENABLED=false) the scan runs within the request and the finished run comes back with 200.',
  })
  @ApiResult(DuplicateScanRunSchema, 202, 'Queued (or already queued or running)')
  @ApiResult(DuplicateScanRunSchema, 200, 'Ran within the request (no job queue in this process)')
  @ApiProblems()
  async scan(@Change() change: ChangeContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const { run, inBackground } = await this.requestDuplicateScan.execute(change);
    void reply.header('location', SCAN_STATUS_PATH);
    if (!inBackground) void reply.status(200);
    return scanRunView(run);
  }

  @Get('duplicates/scan')
  @Roles(...DUPLICATE_SCAN_READERS)
  @ApiOperation({ summary: 'The latest duplicate scan run (nightly or requested): when, how far, what it found; run is null before the first scan' })
  @ApiResult(LatestDuplicateScanSchema)
  @ApiProblems()
  async latestScan() {
    const run = await this.getLatestDuplicateScan.execute();
    return { run: run ? scanRunView(run) : null };
  }

  @Get('organisations/:id/duplicates')
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'Likely duplicates of this organisation ("Mogelijke dubbelen"), computed now' })
  @ApiResult(DuplicateCandidateListSchema)
  @ApiProblems(400, 404)
  async organisationCandidates(@UuidParam('id') id: string) {
    return { items: (await this.findDuplicateCandidates.execute('organisation', id)).map(candidateView) };
  }

  @Get('persons/:id/duplicates')
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'Likely duplicates of this person, computed now' })
  @ApiResult(DuplicateCandidateListSchema)
  @ApiProblems(400, 404)
  async personCandidates(@UuidParam('id') id: string) {
    return { items: (await this.findDuplicateCandidates.execute('person', id)).map(candidateView) };
  }

  @Get('organisations/:id/merge-preview')
  @Roles(...RELATION_MERGERS)
  @ApiOperation({ summary: 'Both organisations side by side, the fields that differ and what a merge would move' })
  @ApiResult(OrganisationMergePreviewSchema)
  @ApiProblems(400, 404, 422)
  async organisationMergePreview(@UuidParam('id') id: string, @ValidQuery(MergePreviewQuerySchema) query: z.output<typeof MergePreviewQuerySchema>) {
    const preview = await this.previewOrganisationMerge.execute(id, query.otherId);
    const names = await this.owners.namesOf([preview.first.ownerId, preview.second.ownerId]);
    return { ...preview, first: organisationView(preview.first, names), second: organisationView(preview.second, names) };
  }

  @Post('organisations/:id/merge')
  @HttpCode(200)
  @Roles(...RELATION_MERGERS)
  @ApiOperation({
    summary: 'Merge another organisation into this one (the survivor; If-Match its version) with a reason; the other is archived as merged',
  })
  @ApiResult(OrganisationMergeResultSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async mergeOrganisation(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(MergeOrganisationSchema) body: z.output<typeof MergeOrganisationSchema>,
    @Change() change: ChangeContext,
  ) {
    const result = await this.mergeOrganisations.execute(
      { survivorId: id, survivorVersion: version, mergedId: body.mergedId, mergedVersion: body.mergedVersion, choices: body.choices },
      withReason(change, body.reason),
    );
    const view = await this.organisationViews([result.survivor, result.merged]);
    return { survivor: view(result.survivor), merged: view(result.merged), moved: result.moved };
  }

  @Get('persons/:id/merge-preview')
  @Roles(...RELATION_MERGERS)
  @ApiOperation({ summary: 'Both persons side by side, the fields that differ and what a merge would move' })
  @ApiResult(PersonMergePreviewSchema)
  @ApiProblems(400, 404, 422)
  async personMergePreview(
    @UuidParam('id') id: string,
    @ValidQuery(MergePreviewQuerySchema) query: z.output<typeof MergePreviewQuerySchema>,
    @Change() change: ChangeContext,
  ) {
    const preview = await this.previewPersonMerge.execute(id, query.otherId);
    return { ...preview, first: personView(toPersonDetails(preview.first, change.actor)), second: personView(toPersonDetails(preview.second, change.actor)) };
  }

  @Post('persons/:id/merge')
  @HttpCode(200)
  @Roles(...RELATION_MERGERS)
  @ApiOperation({ summary: 'Merge another person into this one (If-Match its version) with a reason; the other is archived as merged' })
  @ApiResult(PersonMergeResultSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async mergePerson(
    @UuidParam('id') id: string,
    @IfMatchVersion() version: number,
    @ValidBody(MergePersonSchema) body: z.output<typeof MergePersonSchema>,
    @Change() change: ChangeContext,
  ) {
    const result = await this.mergePersons.execute(
      { survivorId: id, survivorVersion: version, mergedId: body.mergedId, mergedVersion: body.mergedVersion, choices: body.choices },
      withReason(change, body.reason),
    );
    return {
      survivor: personView(toPersonDetails(result.survivor, change.actor)),
      merged: personView(toPersonDetails(result.merged, change.actor)),
      moved: result.moved,
    };
  }

  @Post('organisations/kvk-check')
  @HttpCode(200)
  @Roles(...RELATION_JOB_RUNNERS)
  @ApiOperation({ summary: 'Run one batch of the KvK registration check now (it also runs nightly)' })
  @ApiResult(KvkCheckResultSchema)
  @ApiProblems()
  kvkCheck() {
    return this.checkKvkRegistrations.execute();
  }

  private async organisationViews(organisations: Organisation[]) {
    const names = await this.owners.namesOf(organisations.map((organisation) => organisation.ownerId));
    return (organisation: Organisation) => organisationView(organisation, names);
  }
}
