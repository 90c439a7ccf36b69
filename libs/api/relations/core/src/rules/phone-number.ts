/**
 * Phone numbers are checked leniently: staff type them in many layouts ("073 - 615 51 55",
 * "+31 (0)6 1234 5678"), and what matters is that someone can dial them. Allowed are digits,
 * spaces, "-", parentheses and one leading "+", with 10 to 15 digits in total (a Dutch number
 * has 10, an international one at most 15 under E.164).
 */
const ALLOWED_CHARACTERS = /^\+?[\d\s()-]+$/;
const MIN_DIGITS = 10;
const MAX_DIGITS = 15;

/** Trims and collapses runs of whitespace; the layout itself is kept as the user wrote it. */
export function normalisePhoneNumber(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ');
}

export function isValidPhoneNumber(value: string): boolean {
  if (!ALLOWED_CHARACTERS.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
}
