import { pageQueryShape, pageSchema } from '@gemeente-crm/api-http';
import {
  LEAD_RELATION_TYPES,
  LEAD_SORTS,
  LEAD_STATUSES,
  MAX_LEAD_TITLE_LENGTH,
  MAX_NEXT_ACTION_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_VALUE_CENTS,
  MAX_WIN_DESCRIPTION_LENGTH,
} from '@gemeente-crm/leads-core';
import { z } from 'zod';
import { PipelineStageSchema } from './pipeline.schemas.js';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();
const reasonField = { reason: text(500).optional().describe('Why; recorded in the audit trail (alternative to X-Reason)') };
const cents = z.number().int().min(0).max(MAX_VALUE_CENTS);

export const LeadStatusSchema = z.enum(LEAD_STATUSES).meta({ id: 'LeadStatus' });

const LeadRelationInputSchema = z
  .object({ objectType: z.enum(LEAD_RELATION_TYPES), objectId: z.uuid() })
  .strict()
  .meta({ id: 'LeadRelationInput' });

const leadFields = {
  title: text(MAX_LEAD_TITLE_LENGTH).min(1),
  relation: LeadRelationInputSchema.nullable().optional().describe('The existing organisation or person the lead is about'),
  sourceCode: optionalText(60).describe('Code from GET /lead-sources'),
  ownerId: optionalText(200).describe('Staff user id of the account manager (see GET /users)'),
  expectedValueCents: cents.nullable().optional().describe('Expected value in euro cents'),
  probability: z.number().int().min(0).max(100).nullable().optional().describe('Chance of winning, 0–100'),
  expectedDecisionDate: z.iso.date().nullable().optional(),
  nextAction: optionalText(MAX_NEXT_ACTION_LENGTH),
  nextActionDate: z.iso.date().nullable().optional(),
  notes: optionalText(MAX_NOTES_LENGTH).describe('Plain text'),
};

const NewOrganisationSchema = z
  .object({
    name: text(200).min(1),
    kvkNumber: optionalText(20),
    phone: optionalText(50),
    email: optionalText(254),
    website: optionalText(500),
  })
  .strict()
  .meta({ id: 'LeadNewOrganisation', description: 'A prospect organisation to create with the lead' });

export const CreateLeadSchema = z
  .object({
    ...leadFields,
    pipelineId: z.uuid(),
    stageId: z.uuid().nullable().optional().describe("Default: the pipeline's first stage"),
    newOrganisation: NewOrganisationSchema.nullable().optional().describe('Instead of `relation`: creates a prospect organisation'),
    ownerId: optionalText(200).describe('Default: you'),
    ...reasonField,
  })
  .strict()
  .meta({ id: 'CreateLead' });

export const UpdateLeadSchema = z
  .object({ ...leadFields, title: leadFields.title.optional(), ...reasonField })
  .strict()
  .meta({ id: 'UpdateLead', description: 'Only the fields present are changed' });

const fieldsPatch = z
  .object({
    expectedValueCents: leadFields.expectedValueCents,
    probability: leadFields.probability,
    expectedDecisionDate: leadFields.expectedDecisionDate,
    nextAction: leadFields.nextAction,
    nextActionDate: leadFields.nextActionDate,
    ownerId: leadFields.ownerId,
    sourceCode: leadFields.sourceCode,
    notes: leadFields.notes,
  })
  .strict();

export const MoveLeadSchema = z
  .object({
    stageId: z.uuid(),
    fields: fieldsPatch.optional().describe('Fields to fill in with the move, e.g. those the stage requires'),
    ...reasonField,
  })
  .strict()
  .meta({ id: 'MoveLead' });

export const WinLeadSchema = z
  .object({ description: text(MAX_WIN_DESCRIPTION_LENGTH).min(1).describe('What was won'), valueCents: cents.nullable().optional(), ...reasonField })
  .strict()
  .meta({ id: 'WinLead' });

export const LoseLeadSchema = z
  .object({ reasonCode: text(60).min(1).describe('Code from GET /lead-lost-reasons'), ...reasonField })
  .strict()
  .meta({ id: 'LoseLead' });

export const ReopenLeadSchema = z
  .object({ reason: text(500).optional().describe('Required (or X-Reason); recorded in the audit trail') })
  .strict()
  .meta({ id: 'ReopenLead' });

const RefSchema = z.object({ id: z.string(), name: z.string().nullable() });
const CodeRefSchema = z.object({ code: z.string(), label: z.string().nullable() });

export const LeadSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    relation: z.object({ objectType: z.enum(LEAD_RELATION_TYPES), objectId: z.uuid(), name: z.string().nullable() }),
    source: CodeRefSchema.nullable(),
    owner: RefSchema.nullable(),
    expectedValueCents: z.number().int().nullable(),
    probability: z.number().int().nullable(),
    expectedDecisionDate: z.iso.date().nullable(),
    nextAction: z.string().nullable(),
    nextActionDate: z.iso.date().nullable(),
    notes: z.string().nullable(),
    pipeline: RefSchema,
    stage: RefSchema,
    stageEnteredAt: z.iso.datetime(),
    status: LeadStatusSchema,
    won: z.object({ description: z.string(), valueCents: z.number().int().nullable() }).nullable(),
    lostReason: CodeRefSchema.nullable(),
    closedAt: z.iso.datetime().nullable(),
    createdBy: RefSchema,
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Lead' });

export const LeadListItemSchema = LeadSchema.extend({
  score: z
    .object({ value: z.number().int().min(0).max(100), modelVersion: z.number().int() })
    .nullable()
    .describe('The stored lead score; null for closed leads and leads still waiting for their first score (they sort last)'),
}).meta({ id: 'LeadListItem' });

export const LeadPageSchema = pageSchema(LeadListItemSchema, 'LeadPage');

export const LeadQuerySchema = z
  .object({
    pipelineId: z.uuid().optional(),
    stageId: z.uuid().optional(),
    owner: z.string().trim().min(1).max(200).optional().describe('Staff user id, or `me`'),
    source: z.string().trim().min(1).max(60).optional(),
    status: z
      .string()
      .max(50)
      .transform((raw) => raw.split(',').map((part) => part.trim()).filter(Boolean))
      .pipe(z.array(LeadStatusSchema))
      .optional()
      .describe('Comma-separated, e.g. `open` or `won,lost`'),
    organisationId: z.uuid().optional(),
    personId: z.uuid().optional(),
    createdFrom: z.iso.date().optional().describe('Created on or after this day'),
    createdTo: z.iso.date().optional().describe('Created on or before this day'),
    q: z.string().trim().max(200).optional().describe('Words in the title'),
    sort: z.enum(LEAD_SORTS).optional().describe('Default `-createdAt`, newest first; `score`/`-score` put leads without a score last'),
    ...pageQueryShape,
  })
  .strict();

export const LeadBoardSchema = z
  .object({
    pipeline: z.object({ id: z.uuid(), name: z.string(), department: z.string(), version: z.number().int() }),
    columns: z.array(
      z.object({
        stage: PipelineStageSchema,
        count: z.number().int().describe('Open leads in the stage'),
        totalValueCents: z.number().int().describe('Sum of their expected values'),
        leads: z.array(LeadSchema).describe('The first 100, longest in the stage first'),
      }),
    ),
  })
  .meta({ id: 'LeadBoard' });

export const StageChangeSchema = z
  .object({
    id: z.uuid(),
    from: RefSchema.nullable(),
    to: RefSchema,
    changedAt: z.iso.datetime(),
    changedBy: RefSchema,
  })
  .meta({ id: 'LeadStageChange' });

export const StageChangeListSchema = z.object({ items: z.array(StageChangeSchema) }).meta({ id: 'LeadStageChangeList' });
