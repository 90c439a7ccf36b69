/**
 * SBI code (Standaard Bedrijfsindeling, the Dutch extension of NACE): the activity of an
 * organisation. Codes are hierarchical — division (2 digits), group (3), class (4) and the
 * Dutch subclass (5) — and written with or without dots ("47.24", "4724", "56.10.1").
 * We store the digits only, so "47.24" and "4724" are the same code.
 */
const SBI_CODE = /^\d{2,5}$/;

/** Two-digit numbers that are not a division in SBI 2008, so no code can start with them. */
const UNUSED_DIVISIONS = new Set(['00', '04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89']);

export function normaliseSbiCode(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

/** Expects a normalised code. */
export function isValidSbiCode(value: string): boolean {
  return SBI_CODE.test(value) && !UNUSED_DIVISIONS.has(value.slice(0, 2));
}

/** Normalises every code and drops empty entries and repeats, keeping the first occurrence's position. */
export function normaliseSbiCodes(raw: readonly string[]): string[] {
  return [...new Set(raw.map(normaliseSbiCode).filter((code) => code !== ''))];
}
