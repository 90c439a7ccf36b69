import type { EntityManager } from 'typeorm';

/** Up to this many matches a list reports the exact number; beyond it, the planner's estimate. */
export const EXACT_COUNT_LIMIT = 1_000;

export interface MatchCount {
  total: number;
  totalIsExact: boolean;
}

/**
 * Counts the rows of `fromWhere` (e.g. `FROM organisation o WHERE ...`) without letting a broad
 * search count a million rows on every keystroke: when PostgreSQL's own estimate is large the
 * estimate is returned, otherwise an exact count capped at EXACT_COUNT_LIMIT.
 */
export async function countMatches(manager: EntityManager, fromWhere: string, params: unknown[]): Promise<MatchCount> {
  const [plan] = await manager.query(`EXPLAIN (FORMAT JSON) SELECT 1 ${fromWhere}`, params);
  const estimate = Math.round(Number(plan['QUERY PLAN'][0].Plan['Plan Rows']));
  if (estimate > EXACT_COUNT_LIMIT) return { total: estimate, totalIsExact: false };
  const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM (SELECT 1 ${fromWhere} LIMIT ${EXACT_COUNT_LIMIT + 1}) capped`, params);
  return n > EXACT_COUNT_LIMIT ? { total: Math.max(n, estimate), totalIsExact: false } : { total: n, totalIsExact: true };
}
