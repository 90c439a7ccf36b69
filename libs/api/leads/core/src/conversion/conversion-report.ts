import type { PipelineStage } from '../pipelines/pipeline.js';

/**
 * Conversion analysis of one pipeline over a cohort: the leads created in the period (and of the
 * owner, when asked). The database does the counting (ConversionReader); this file holds the
 * arithmetic on those counts, so the definitions below are tested once and read in one place.
 *
 * - A lead *reached* a stage when it ever entered that stage or a later one (stage history), so
 *   skipping a stage does not make the funnel leak.
 * - Conversion from the previous stage = reached(stage) / reached(previous stage).
 * - Overall conversion = won / leads in the cohort; win rate = won / (won + lost), i.e. among
 *   the closed ones.
 * - Average time in stage: over every stay of a cohort lead in the stage, until it left (or
 *   closed, or now for a lead still in it).
 */
export interface ConversionQuery {
  pipelineId: string;
  /** Calendar days (YYYY-MM-DD, Europe/Amsterdam), both inclusive; null is unbounded. */
  from: string | null;
  to: string | null;
  ownerId: string | null;
}

export const WIN_RATE_DIMENSIONS = ['source', 'owner', 'sector'] as const;
export type WinRateDimension = (typeof WIN_RATE_DIMENSIONS)[number];

/** Counts per stage as the database returns them. */
export interface StageCounts {
  stageId: string;
  /** Cohort leads whose furthest stage (by position) is this one. */
  furthest: number;
  /** Cohort leads open in this stage now, and the sum of their expected values. */
  open: number;
  openValueCents: number;
  /** Stays in the stage and their total length in days. */
  stays: number;
  stayDays: number;
}

export interface CohortCounts {
  leads: number;
  open: number;
  won: number;
  lost: number;
  /** Won value (what was won, or else the expected value) and expected value of open leads. */
  wonValueCents: number;
  openValueCents: number;
  stages: StageCounts[];
}

export interface OutcomeCounts {
  /** Source code, owner id or SBI section; null for leads without one. */
  key: string | null;
  label: string;
  won: number;
  lost: number;
}

export interface StageConversion {
  stageId: string;
  name: string;
  position: number;
  reached: number;
  open: number;
  openValueCents: number;
  /** 0–1; null for the first stage or when no lead reached the previous one. */
  conversionFromPrevious: number | null;
  /** Days, one decimal; null when no lead stayed in the stage. */
  averageDaysInStage: number | null;
}

export interface WinRate extends OutcomeCounts {
  /** won / (won + lost), 0–1; null without closed leads. */
  winRate: number | null;
}

export interface ConversionReport {
  query: ConversionQuery;
  pipelineName: string;
  leads: number;
  open: number;
  won: number;
  lost: number;
  wonValueCents: number;
  openValueCents: number;
  overallConversion: number | null;
  winRate: number | null;
  stages: StageConversion[];
  winRates: Record<WinRateDimension, WinRate[]>;
}

/** A ratio rounded to 4 decimals (0.1234 = 12.34%), null when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null;
}

export function stageConversions(stages: readonly PipelineStage[], counts: readonly StageCounts[]): StageConversion[] {
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  const byStage = new Map(counts.map((row) => [row.stageId, row]));
  // reached(i) = leads whose furthest stage is i or later: a running sum from the last stage back.
  const reached = new Array<number>(ordered.length).fill(0);
  let running = 0;
  for (let index = ordered.length - 1; index >= 0; index--) {
    running += byStage.get(ordered[index]?.id ?? '')?.furthest ?? 0;
    reached[index] = running;
  }
  return ordered.map((stage, index) => {
    const row = byStage.get(stage.id);
    const previous = index > 0 ? (reached[index - 1] ?? 0) : 0;
    return {
      stageId: stage.id,
      name: stage.name,
      position: stage.position,
      reached: reached[index] ?? 0,
      open: row?.open ?? 0,
      openValueCents: row?.openValueCents ?? 0,
      conversionFromPrevious: index === 0 ? null : ratio(reached[index] ?? 0, previous),
      averageDaysInStage: row && row.stays > 0 ? Math.round((row.stayDays / row.stays) * 10) / 10 : null,
    };
  });
}

/** Highest win rate first; groups without closed leads last; then by label for a stable order. */
export function winRates(rows: readonly OutcomeCounts[]): WinRate[] {
  return rows
    .map((row) => ({ ...row, winRate: ratio(row.won, row.won + row.lost) }))
    .sort((a, b) => (b.winRate ?? -1) - (a.winRate ?? -1) || b.won + b.lost - (a.won + a.lost) || a.label.localeCompare(b.label, 'nl'));
}

export function conversionReport(
  query: ConversionQuery,
  pipeline: { name: string; stages: readonly PipelineStage[] },
  cohort: CohortCounts,
  outcomes: Record<WinRateDimension, readonly OutcomeCounts[]>,
): ConversionReport {
  return {
    query,
    pipelineName: pipeline.name,
    leads: cohort.leads,
    open: cohort.open,
    won: cohort.won,
    lost: cohort.lost,
    wonValueCents: cohort.wonValueCents,
    openValueCents: cohort.openValueCents,
    overallConversion: ratio(cohort.won, cohort.leads),
    winRate: ratio(cohort.won, cohort.won + cohort.lost),
    stages: stageConversions(pipeline.stages, cohort.stages),
    winRates: { source: winRates(outcomes.source), owner: winRates(outcomes.owner), sector: winRates(outcomes.sector) },
  };
}
