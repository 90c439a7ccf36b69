import { CheckKvkRegistrations } from '../company-registry/kvk-registration-check.js';
import { DismissDuplicatePair } from './dismiss-duplicate-pair.js';
import { FindDuplicateCandidates } from './find-duplicate-candidates.js';
import { ListDuplicatePairs } from './list-duplicate-pairs.js';
import { MergeOrganisations } from './merge-organisations.js';
import { MergePersons } from './merge-persons.js';
import { PreviewOrganisationMerge, PreviewPersonMerge } from './preview-merge.js';
import { GetLatestDuplicateScan } from './get-latest-duplicate-scan.js';
import { RequestDuplicateScan } from './request-duplicate-scan.js';
import { RunDuplicateScan } from './run-duplicate-scan.js';
import { ScanDuplicates } from './scan-duplicates.js';

/**
 * Duplicate detection, merging and the KvK registration check, for the feature module's
 * `providers`. Besides the relations ports they need DuplicateFinder, DuplicatePairRepository,
 * DuplicateScanRunRepository, DuplicateScanScheduler,
 * MergedRelationReferencesRegistry, KvkRegistrationChecks and CompanyRegistry.
 */
export const DUPLICATES_USE_CASES = [
  FindDuplicateCandidates,
  ListDuplicatePairs,
  DismissDuplicatePair,
  ScanDuplicates,
  RunDuplicateScan,
  RequestDuplicateScan,
  GetLatestDuplicateScan,
  PreviewOrganisationMerge,
  PreviewPersonMerge,
  MergeOrganisations,
  MergePersons,
  CheckKvkRegistrations,
] as const;
