/**
 * Money and quantities without floating point. Amounts are whole euro cents; quantities are
 * whole thousandths ("milli-units"), so 1,5 uur is 1500. Products are computed in BigInt and
 * rounded once, to the cent.
 */

/** At most three decimals: enough for hours (0,25), metres and kilos, and exact in thousandths. */
export const QUANTITY_SCALE = 1000;
export const MAX_QUANTITY_MILLI = 9_999_999_999; // 9.999.999,999
/** € 99.999.999,99 per unit: far above any municipal quote, far below Number.MAX_SAFE_INTEGER when summed. */
export const MAX_UNIT_PRICE_CENTS = 9_999_999_999;

const QUANTITY = /^(\d{1,7})(?:[.,](\d{1,3}))?$/;

/** `"1.5"`, `"1,5"` or `"2"` as thousandths (1500, 1500, 2000); null when it is not such a number. */
export function parseQuantity(raw: string): number | null {
  const match = QUANTITY.exec(raw.trim());
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(3, '0'));
  return whole * QUANTITY_SCALE + fraction;
}

/** Thousandths as the canonical decimal string the API returns: `1500` → `"1.5"`, `2000` → `"2"`. */
export function formatQuantity(milli: number): string {
  const whole = Math.trunc(milli / QUANTITY_SCALE);
  const fraction = String(milli % QUANTITY_SCALE).padStart(3, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/**
 * `numerator / denominator` rounded to a whole number, halves away from zero (2,5 → 3 and
 * −2,5 → −3): the rule Dutch invoicing software and the Belastingdienst's examples use, and
 * symmetric for credit lines.
 */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const absolute = negative ? -numerator : numerator;
  const quotient = (absolute * 2n + denominator) / (denominator * 2n);
  return negative ? -quotient : quotient;
}
