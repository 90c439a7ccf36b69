import { FACTOR_IDS, SCORING_MODEL_SOURCES } from '@gemeente-crm/leads-core';
import { z } from 'zod';

const FactorIdSchema = z.enum(FACTOR_IDS).meta({ id: 'ScoringFactorId' });

const ScoringTargetsSchema = z
  .object({
    sectors: z.array(z.string()).describe('SBI sections (A–U) that count as target sectors'),
    postcodeAreas: z.array(z.string()).describe('Postcode areas: the first 2–4 digits, e.g. "52"'),
    cities: z.array(z.string()),
  })
  .meta({ id: 'ScoringTargets' });

export const ScoringFactorSchema = z
  .object({
    id: FactorIdSchema,
    group: z.enum(['fit', 'engagement', 'stage']),
    groupLabel: z.string(),
    label: z.string().describe('Dutch'),
    dataUsed: z.array(z.string()).describe('Dutch: the data the factor reads'),
    computation: z.string().describe('Dutch: how the value 0–1 is computed'),
    direction: z.enum(['positive', 'negative']).describe('Whether the factor adds or subtracts points'),
    defaultWeight: z.number().int(),
    weight: z.number().int().describe('Weight in the current model version'),
  })
  .meta({ id: 'ScoringFactor' });

export const ScoringModelSchema = z
  .object({
    version: z.number().int().describe('Stored with every score; also the ETag'),
    source: z.enum(SCORING_MODEL_SOURCES),
    createdAt: z.iso.datetime(),
    createdBy: z.string(),
    reason: z.string().nullable(),
    targets: ScoringTargetsSchema,
    factors: z.array(ScoringFactorSchema),
    sbiSections: z.array(z.object({ code: z.string(), label: z.string() })).describe('Every SBI section, for choosing target sectors'),
  })
  .meta({ id: 'ScoringModel', description: 'How lead scores are computed. Scores rank and inform; they decide nothing.' });

export const ScoringModelInputSchema = z
  .object({
    weights: z.record(z.string(), z.number()).describe('Weight (whole number 0–100) for every factor id'),
    targets: z.object({
      sectors: z.array(z.string().max(2)).max(21),
      postcodeAreas: z.array(z.string().max(10)).max(100),
      cities: z.array(z.string().max(200)).max(100),
    }),
    source: z.enum(['beheerder', 'regressie']).optional().describe('"regressie" when saving an approved proposal'),
    reason: z.string().trim().max(500).optional().describe('Why; required, recorded in the audit trail (alternative to X-Reason)'),
  })
  .strict()
  .meta({ id: 'ScoringModelInput' });

export const LeadScoreSchema = z
  .object({
    leadId: z.uuid(),
    score: z.number().int().min(0).max(100),
    modelVersion: z.number().int(),
    computedAt: z.iso.datetime(),
    contributions: z.array(
      z.object({
        factorId: FactorIdSchema,
        label: z.string(),
        points: z.number().int().describe('Signed points'),
        explanation: z.string().describe('Dutch, e.g. "4 contactmomenten in de laatste 30 dagen"'),
        text: z.string().describe('Dutch, ready to show, e.g. "+18: 4 contactmomenten in de laatste 30 dagen"'),
      }),
    ),
  })
  .meta({ id: 'LeadScore', description: 'A lead score with its largest contributions. It ranks and informs; it decides nothing.' });

const EvaluationSchema = z.object({
  accuracy: z.number().describe('Share (0–1) of held-out leads where "score ≥ 50" matched won'),
  ranking: z.number().describe('Share (0–1) of held-out won/lost pairs where the won lead scored higher'),
});

export const WeightProposalSchema = z
  .object({
    basedOnVersion: z.number().int(),
    weights: z.record(FactorIdSchema, z.number().int()),
    sampleSize: z.number().int(),
    trainingSize: z.number().int(),
    heldOutSize: z.number().int(),
    won: z.number().int(),
    lost: z.number().int(),
    current: EvaluationSchema,
    proposed: EvaluationSchema,
  })
  .meta({ id: 'ScoringWeightProposal', description: 'Weights learned from won/lost leads; applies only once saved as a new model version' });

export const LeadScoreListQuerySchema = z.object({ pipelineId: z.uuid() }).strict();

export const LeadScoreListSchema = z
  .object({ items: z.array(z.object({ leadId: z.uuid(), score: z.number().int(), modelVersion: z.number().int() })) })
  .meta({ id: 'LeadScoreList', description: 'Stored scores of the open leads of a pipeline, highest first' });
