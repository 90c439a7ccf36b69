import type { PreparedRow } from './import-repository.js';

/**
 * Splits rows into at most `count` lanes such that rows touching the same organisation or
 * person (the dry run tied them together: same existing record, or "same as row n") share a
 * lane, in file order. Lanes can then run in parallel without two transactions creating or
 * changing one record at the same time.
 */
export function independentLanes(rows: readonly PreparedRow[], count: number): PreparedRow[][] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    if (!parent.has(key)) parent.set(key, key);
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  for (const { rowNumber, plan } of rows) {
    const own = `row:${rowNumber}`;
    find(own);
    for (const part of [plan.organisation, plan.person]) {
      if (part?.id) union(own, `record:${part.id}`);
      if (part?.sameAsRow) union(own, `row:${part.sameAsRow}`);
    }
    if (plan.duplicateOfRow) union(own, `row:${plan.duplicateOfRow}`);
  }
  const groups = new Map<string, PreparedRow[]>();
  for (const row of rows) {
    const root = find(`row:${row.rowNumber}`);
    const group = groups.get(root) ?? [];
    group.push(row);
    groups.set(root, group);
  }
  // Biggest groups first, each to the lane with the fewest rows so far.
  const lanes: PreparedRow[][] = Array.from({ length: Math.max(1, count) }, () => []);
  for (const group of [...groups.values()].sort((a, b) => b.length - a.length)) {
    const lane = lanes.reduce((smallest, candidate) => (candidate.length < smallest.length ? candidate : smallest));
    lane.push(...group);
  }
  return lanes.filter((lane) => lane.length > 0).map((lane) => lane.sort((a, b) => a.rowNumber - b.rowNumber));
}
