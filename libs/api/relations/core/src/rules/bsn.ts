/**
 * Burgerservicenummer (BSN): 9 digits that pass the "11-proef": the digits weighted
 * 9, 8, 7, 6, 5, 4, 3, 2 and -1 add up to a multiple of 11.
 *
 * A BSN is sensitive personal data (AVG): functions here never put the number in a message,
 * and callers must not log it either.
 */
const BSN = /^\d{9}$/;
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

export function normaliseBsn(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

export function isValidBsn(value: string): boolean {
  if (!BSN.test(value)) return false;
  const sum = weightedSum(value);
  // 000000000 passes the arithmetic but is never issued.
  return sum !== 0 && sum % 11 === 0;
}

/**
 * The ninth digit that makes `firstEight` a valid BSN, or null when no digit can (the
 * weighted sum leaves remainder 10).
 */
export function bsnCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) throw new RangeError('Een BSN-begin bestaat uit precies 8 cijfers.');
  const remainder = weightedSum(firstEight) % 11;
  return remainder === 10 ? null : remainder;
}

function weightedSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (WEIGHTS[i] ?? 0);
  return sum;
}
