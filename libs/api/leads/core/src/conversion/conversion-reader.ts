import type { CohortCounts, ConversionQuery, OutcomeCounts, WinRateDimension } from './conversion-report.js';

/** Counts the cohort of a conversion query in the database (SQL aggregates, never every lead in memory). */
export abstract class ConversionReader {
  /** `stageIds` are the pipeline's current stages; moves into stages since deleted are left out. */
  abstract cohort(query: ConversionQuery, stageIds: readonly string[], now: Date): Promise<CohortCounts>;

  /** Won and lost cohort leads per source, owner or SBI section, with a Dutch label per group. */
  abstract outcomesBy(query: ConversionQuery, dimension: WinRateDimension): Promise<OutcomeCounts[]>;
}
