/**
 * Dutch postcode: four digits (the first not 0) and two letters, written "1234 AB" and
 * stored as "1234AB". The letter pairs SA, SD and SS are never issued (for their
 * connotations), so they cannot belong to a real address.
 */
const POSTCODE = /^[1-9]\d{3}[A-Z]{2}$/;
const UNUSED_LETTER_PAIRS = new Set(['SA', 'SD', 'SS']);

/** "5211 ab " → "5211AB"; anything else is returned upper-cased without spaces, for validation to reject. */
export function normalisePostcode(raw: string): string {
  return raw.replace(/\s/g, '').toUpperCase();
}

/** Expects a normalised postcode. */
export function isValidPostcode(value: string): boolean {
  return POSTCODE.test(value) && !UNUSED_LETTER_PAIRS.has(value.slice(4));
}

/** "5211AB" → "5211 AB", the way it is written on letters. */
export function formatPostcode(value: string): string {
  return isValidPostcode(value) ? `${value.slice(0, 4)} ${value.slice(4)}` : value;
}
