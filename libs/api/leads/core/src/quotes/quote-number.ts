/** `OF-2026-0001`: the prefix, the calendar year and a sequence per year, at least four digits. */
export function formatQuoteNumber(year: number, sequence: number): string {
  return `OF-${year}-${String(sequence).padStart(4, '0')}`;
}

/** Versions are shown as `OF-2026-0001 v2`; the first revision has no suffix. */
export function quoteDisplayNumber(number: string, revision: number): string {
  return revision > 1 ? `${number} v${revision}` : number;
}
