import { MAX_DEPARTMENT_LENGTH, MAX_PIPELINE_NAME_LENGTH, MAX_STAGE_NAME_LENGTH, MAX_STAGES, REQUIRABLE_LEAD_FIELDS } from '@gemeente-crm/leads-core';
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);

export const RequirableLeadFieldSchema = z.enum(REQUIRABLE_LEAD_FIELDS).meta({ id: 'RequirableLeadField' });

const StageInputSchema = z
  .object({
    id: z.uuid().nullable().optional().describe('An existing stage of this pipeline; leave out for a new stage'),
    name: text(MAX_STAGE_NAME_LENGTH).min(1),
    defaultProbability: z.number().int().min(0).max(100).describe('Chance (0–100) a lead entering the stage gets'),
    requiredFields: z.array(RequirableLeadFieldSchema).max(REQUIRABLE_LEAD_FIELDS.length).default([]).describe('Lead fields needed to enter the stage'),
  })
  .strict()
  .meta({ id: 'PipelineStageInput' });

export const PipelineInputSchema = z
  .object({
    name: text(MAX_PIPELINE_NAME_LENGTH).min(1),
    department: text(MAX_DEPARTMENT_LENGTH).min(1).describe('The department (afdeling) that works with it'),
    stages: z.array(StageInputSchema).min(1).max(MAX_STAGES).describe('In board order; a stage left out is removed (refused while leads are in it)'),
    reason: text(500).optional().describe('Why; recorded in the audit trail (alternative to X-Reason)'),
  })
  .strict()
  .meta({ id: 'PipelineInput' });

export const PipelineStageSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    position: z.number().int(),
    defaultProbability: z.number().int(),
    requiredFields: z.array(RequirableLeadFieldSchema),
  })
  .meta({ id: 'PipelineStage' });

export const PipelineSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    department: z.string(),
    stages: z.array(PipelineStageSchema),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Pipeline' });

export const PipelineListSchema = z.object({ items: z.array(PipelineSchema) }).meta({ id: 'PipelineList' });

export const LeadOptionSchema = z
  .object({ code: z.string(), label: z.string(), active: z.boolean(), version: z.number().int() })
  .meta({ id: 'LeadOption', description: 'An entry of a configurable list (lead source or lost reason)' });

export const LeadOptionListSchema = z.object({ items: z.array(LeadOptionSchema) }).meta({ id: 'LeadOptionList' });

export const LeadOptionQuerySchema = z
  .object({ includeInactive: z.enum(['true', 'false']).transform((value) => value === 'true').optional() })
  .strict();

export const AddLeadOptionSchema = z
  .object({
    label: text(100).min(1),
    code: text(60).nullable().optional().describe('Stable code; derived from the label when left out'),
    reason: text(500).optional(),
  })
  .strict()
  .meta({ id: 'AddLeadOption' });

export const UpdateLeadOptionSchema = z
  .object({ label: text(100).min(1).optional(), active: z.boolean().optional(), reason: text(500).optional() })
  .strict()
  .meta({ id: 'UpdateLeadOption' });
