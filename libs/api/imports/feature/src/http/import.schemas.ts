import { pageQueryShape, pageSchema } from '@gemeente-crm/api-http';
import { IMPORT_FIELDS, IMPORT_FORMATS, IMPORT_STATUSES, ROW_ACTIONS, SKIP_REASONS } from '@gemeente-crm/imports-core';
import { DUPLICATE_REASONS } from '@gemeente-crm/relations-core';
import { z } from 'zod';

export const ImportFieldSchema = z.enum(IMPORT_FIELDS).meta({ id: 'ImportField', description: 'A field a sheet column can be imported into' });

const MappingSchema = z.record(z.string(), ImportFieldSchema).describe('Source column (header text) → field; columns left out are not imported');

export const ImportProgressSchema = z
  .object({
    total: z.number().int(),
    done: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    skipped: z.number().int(),
    failed: z.number().int(),
  })
  .meta({ id: 'ImportProgress' });

export const DryRunSummarySchema = z
  .object({
    total: z.number().int(),
    create: z.number().int(),
    update: z.number().int(),
    skip: z.number().int(),
    error: z.number().int(),
    checkedAt: z.iso.datetime(),
  })
  .meta({ id: 'ImportDryRunSummary' });

export const ImportSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    format: z.enum(IMPORT_FORMATS),
    fileSize: z.number().int(),
    headers: z.array(z.string()),
    sampleRows: z.array(z.array(z.string())),
    rowCount: z.number().int(),
    mapping: MappingSchema,
    status: z.enum(IMPORT_STATUSES).describe('uploaded → checked (dry run done) → running → done'),
    dryRun: DryRunSummarySchema.nullable(),
    progress: ImportProgressSchema,
    createdBy: z.object({ id: z.string(), name: z.string() }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Import' });

export const ImportPageSchema = pageSchema(ImportSchema, 'ImportPage');

export const SetImportMappingSchema = z
  .object({
    mapping: MappingSchema.optional(),
    presetId: z.uuid().optional().describe('Apply a saved mapping instead; its columns this file lacks are left out'),
  })
  .strict()
  .refine((body) => (body.mapping === undefined) !== (body.presetId === undefined), { message: 'Geef een koppeling of een opgeslagen koppeling, niet allebei.', path: ['mapping'] })
  .meta({ id: 'SetImportMapping' });

const RecordPlanSchema = z
  .object({
    action: z.enum(['create', 'update', 'unchanged']),
    id: z.uuid().nullable().describe('The existing record it matched'),
    name: z.string(),
    changedFields: z.array(z.string()),
    sameAsRow: z.number().int().nullable().describe('Same organisation or person as this earlier row'),
  })
  .meta({ id: 'ImportRecordPlan' });

const RowErrorSchema = z
  .object({ field: z.string(), column: z.string().nullable(), code: z.string(), message: z.string() })
  .meta({ id: 'ImportRowError' });

const PossibleDuplicateSchema = z
  .object({
    kind: z.enum(['organisation', 'person']),
    id: z.uuid(),
    name: z.string(),
    score: z.number().min(0).max(1),
    reasons: z.array(z.enum(DUPLICATE_REASONS)),
    explanation: z.string().describe('The reasons in Dutch'),
  })
  .meta({ id: 'ImportPossibleDuplicate' });

export const ImportRowSchema = z
  .object({
    rowNumber: z.number().int().describe('As the spreadsheet numbers it (the header is row 1)'),
    action: z.enum(ROW_ACTIONS),
    skipReason: z.enum(SKIP_REASONS).nullable(),
    duplicateOfRow: z.number().int().nullable(),
    organisation: RecordPlanSchema.nullable(),
    person: RecordPlanSchema.nullable(),
    link: z.enum(['create', 'exists']).nullable().describe('Whether the person becomes a contact person of the organisation'),
    errors: z.array(RowErrorSchema),
    possibleDuplicates: z.array(PossibleDuplicateSchema).describe('Existing relations that look like a record this row would create'),
  })
  .meta({ id: 'ImportRow' });

export const ImportRowPageSchema = pageSchema(ImportRowSchema, 'ImportRowPage');

export const ImportRowQuerySchema = z.object({ action: z.enum(ROW_ACTIONS).optional(), ...pageQueryShape }).strict();

export const ImportListQuerySchema = z.object({ ...pageQueryShape }).strict();

export const MappingPresetSchema = z
  .object({ id: z.uuid(), name: z.string(), mapping: MappingSchema, createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() })
  .meta({ id: 'ImportMappingPreset' });

export const MappingPresetListSchema = z.array(MappingPresetSchema).meta({ id: 'ImportMappingPresetList' });

export const SaveMappingPresetSchema = z
  .object({ name: z.string().trim().min(1).max(100), mapping: MappingSchema })
  .strict()
  .meta({ id: 'SaveImportMappingPreset', description: 'Saving under an existing name replaces that preset' });
