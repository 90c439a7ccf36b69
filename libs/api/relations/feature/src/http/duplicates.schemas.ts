import { pageQueryShape, pageSchema } from '@gemeente-crm/api-http';
import { DUPLICATE_REASONS, DUPLICATE_SCAN_STATUSES, DUPLICATE_SCAN_TRIGGERS, FIELD_CHOICES, MERGEABLE_ORGANISATION_FIELDS, MERGEABLE_PERSON_FIELDS, RELATION_KINDS } from '@gemeente-crm/relations-core';
import { z } from 'zod';
import { OrganisationSchema, PersonSchema } from './relation.schemas.js';

export const RelationKindSchema = z.enum(RELATION_KINDS).meta({ id: 'RelationKind' });
export const DuplicateReasonSchema = z.enum(DUPLICATE_REASONS).meta({ id: 'DuplicateReason' });

const reasonView = z.object({ code: DuplicateReasonSchema, label: z.string().describe('Dutch explanation for staff') }).meta({ id: 'DuplicateReasonView' });

export const DuplicateCandidateSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    score: z.number().min(0).max(1),
    reasons: z.array(reasonView),
  })
  .meta({ id: 'DuplicateCandidate' });

export const DuplicateCandidateListSchema = z.object({ items: z.array(DuplicateCandidateSchema) }).meta({ id: 'DuplicateCandidateList' });

export const DuplicatePairSchema = z
  .object({
    kind: RelationKindSchema,
    a: z.object({ id: z.uuid(), name: z.string() }),
    b: z.object({ id: z.uuid(), name: z.string() }),
    score: z.number().min(0).max(1),
    reasons: z.array(reasonView),
    foundAt: z.iso.datetime(),
  })
  .meta({ id: 'DuplicatePair' });

export const DuplicatePairPageSchema = pageSchema(DuplicatePairSchema, 'DuplicatePairPage');

export const DuplicatePairQuerySchema = z.object({ kind: RelationKindSchema.default('organisation'), ...pageQueryShape }).strict();

export const DismissDuplicateSchema = z
  .object({
    kind: RelationKindSchema,
    firstId: z.uuid(),
    secondId: z.uuid(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
  .meta({ id: 'DismissDuplicate' });

const scanCountsSchema = z
  .object({ scanned: z.number().int().describe('Active records looked at'), pairs: z.number().int(), removed: z.number().int().describe('Stale pairs removed') })
  .meta({ id: 'DuplicateScanCounts' });

export const DuplicateScanRunSchema = z
  .object({
    id: z.uuid(),
    trigger: z.enum(DUPLICATE_SCAN_TRIGGERS).describe('schedule: the nightly run; request: "Nu opnieuw zoeken"'),
    requestedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    requestedAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    status: z.enum(DUPLICATE_SCAN_STATUSES),
    results: z.object({ organisation: scanCountsSchema.optional(), person: scanCountsSchema.optional() }).describe('Per kind, filled as each kind finishes'),
    error: z.string().nullable(),
  })
  .meta({ id: 'DuplicateScanRun' });

export const LatestDuplicateScanSchema = z
  .object({ run: DuplicateScanRunSchema.nullable().describe('Null when no scan has run yet') })
  .meta({ id: 'LatestDuplicateScan' });

export const MergePreviewQuerySchema = z.object({ otherId: z.uuid() }).strict();

const movedSchema = z.array(z.object({ kind: z.string().describe('contact-person, contact-moment, task, document...'), count: z.number().int() })).meta({ id: 'MovedReferences' });

export const OrganisationMergePreviewSchema = z
  .object({
    first: OrganisationSchema,
    second: OrganisationSchema,
    differingFields: z.array(z.enum(MERGEABLE_ORGANISATION_FIELDS)),
    movesFromSecond: movedSchema.describe('What moves when second is merged into first'),
    movesFromFirst: movedSchema.describe('What moves when first is merged into second'),
  })
  .meta({ id: 'OrganisationMergePreview' });

export const PersonMergePreviewSchema = z
  .object({
    first: PersonSchema,
    second: PersonSchema,
    differingFields: z.array(z.enum(MERGEABLE_PERSON_FIELDS)),
    movesFromSecond: movedSchema,
    movesFromFirst: movedSchema,
  })
  .meta({ id: 'PersonMergePreview' });

const FieldChoiceSchema = z.enum(FIELD_CHOICES).meta({ id: 'MergeFieldChoice' });

const mergeShape = {
  mergedId: z.uuid().describe('The duplicate that is merged into this record (and archived)'),
  mergedVersion: z.number().int().min(1).describe("The duplicate's version as read; 412 when it changed"),
  reason: z.string().trim().max(500).optional().describe('Required: why these are the same (alternative to X-Reason)'),
};

export const MergeOrganisationSchema = z
  .object({
    ...mergeShape,
    choices: z
      .partialRecord(z.enum(MERGEABLE_ORGANISATION_FIELDS), FieldChoiceSchema)
      .optional()
      .describe("Per differing field: keep this record's value (survivor), take the duplicate's (merged), or both (lists); default survivor, or merged when this one is empty"),
  })
  .strict()
  .meta({ id: 'MergeOrganisation' });

export const MergePersonSchema = z
  .object({ ...mergeShape, choices: z.partialRecord(z.enum(MERGEABLE_PERSON_FIELDS), FieldChoiceSchema).optional() })
  .strict()
  .meta({ id: 'MergePerson' });

export const OrganisationMergeResultSchema = z
  .object({ survivor: OrganisationSchema, merged: OrganisationSchema, moved: movedSchema })
  .meta({ id: 'OrganisationMergeResult' });

export const PersonMergeResultSchema = z.object({ survivor: PersonSchema, merged: PersonSchema, moved: movedSchema }).meta({ id: 'PersonMergeResult' });

export const KvkCheckResultSchema = z
  .object({ checked: z.number().int(), flagged: z.number().int(), interrupted: z.boolean() })
  .meta({ id: 'KvkCheckResult' });
