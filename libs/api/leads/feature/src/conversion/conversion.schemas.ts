import { z } from 'zod';

export const ConversionQuerySchema = z
  .object({
    pipelineId: z.uuid().describe('The pipeline whose funnel to analyse'),
    from: z.string().optional().describe('First creation day of the cohort, YYYY-MM-DD (Dutch time), inclusive'),
    to: z.string().optional().describe('Last creation day of the cohort, YYYY-MM-DD, inclusive'),
    ownerId: z.string().max(200).optional().describe('Only leads of this owner (staff user id)'),
  })
  .strict();

const ratio = () => z.number().nullable().describe('0–1 with 4 decimals; null when there is nothing to divide by');

const WinRateSchema = z.object({
  key: z.string().nullable().describe('Source code, owner id or SBI section; null for leads without one'),
  label: z.string(),
  won: z.number().int(),
  lost: z.number().int(),
  winRate: ratio(),
});

export const ConversionReportSchema = z
  .object({
    pipelineId: z.uuid(),
    pipelineName: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    ownerId: z.string().nullable(),
    leads: z.number().int().describe('Leads in the cohort (created in the period)'),
    open: z.number().int(),
    won: z.number().int(),
    lost: z.number().int(),
    wonValueCents: z.number().int().describe('Won value, or the expected value where none was recorded'),
    openValueCents: z.number().int(),
    overallConversion: ratio().describe('won / leads'),
    winRate: ratio().describe('won / (won + lost)'),
    stages: z.array(
      z.object({
        stageId: z.uuid(),
        name: z.string(),
        position: z.number().int(),
        reached: z.number().int().describe('Cohort leads that entered this stage or a later one'),
        open: z.number().int(),
        openValueCents: z.number().int(),
        conversionFromPrevious: ratio().describe('reached / reached of the previous stage'),
        averageDaysInStage: z.number().nullable().describe('Average stay in the stage in days (stage history)'),
      }),
    ),
    winRates: z.object({ source: z.array(WinRateSchema), owner: z.array(WinRateSchema), sector: z.array(WinRateSchema) }),
  })
  .meta({ id: 'ConversionReport', description: 'Funnel, time in stage and win rates of one pipeline for the leads created in a period' });
