/** Euro input as typed in the Netherlands ("12.500,50" or "12500") to whole cents; null when empty, NaN when unreadable. */
export function parseEuroToCents(text: string): number | null {
  const trimmed = text.trim().replace(/^€\s*/, '');
  if (!trimmed) return null;
  const normalised = trimmed.replace(/\./g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return Number.NaN;
  const [euros, cents = ''] = normalised.split('.');
  return Number(euros) * 100 + Number(cents.padEnd(2, '0'));
}

/** Cents back to what a Dutch user types: "12500,50" (no thousands separator, for editing). */
export function centsToEuroInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const euros = Math.trunc(cents / 100);
  const rest = cents % 100;
  return rest ? `${euros},${String(rest).padStart(2, '0')}` : String(euros);
}
