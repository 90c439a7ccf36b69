import { divideRoundHalfAwayFromZero, QUANTITY_SCALE } from './money.js';
import { type QuoteLine, VAT_RATES, type VatRate } from './quote.js';

export interface QuoteLineAmounts {
  /** quantity × unit price, rounded to the cent (half away from zero). */
  netCents: number;
  /** VAT on `netCents`, rounded to the cent (half away from zero). */
  vatCents: number;
}

export interface VatRateTotal {
  vatRate: VatRate;
  /** Sum of the net amounts of the lines at this rate. */
  netCents: number;
  /** Sum of the per-line VAT amounts at this rate. */
  vatCents: number;
}

export interface QuoteTotals {
  lines: QuoteLineAmounts[];
  /** One entry per VAT rate that occurs, in the order 0, 9, 21. */
  perVatRate: VatRateTotal[];
  subtotalCents: number;
  vatCents: number;
  totalCents: number;
}

/**
 * The rounding rule, in one place: every line is rounded on its own. Its net amount is
 * quantity × unit price rounded to the cent, its VAT is that net amount × rate rounded to the
 * cent, both halves away from zero. Totals are plain sums of the rounded line amounts, so the
 * document adds up line by line exactly as a reader checks it.
 */
export function lineAmounts(line: QuoteLine): QuoteLineAmounts {
  const net = divideRoundHalfAwayFromZero(BigInt(line.quantityMilli) * BigInt(line.unitPriceCents), BigInt(QUANTITY_SCALE));
  const vat = divideRoundHalfAwayFromZero(net * BigInt(line.vatRate), 100n);
  return { netCents: Number(net), vatCents: Number(vat) };
}

export function quoteTotals(lines: readonly QuoteLine[]): QuoteTotals {
  const amounts = lines.map(lineAmounts);
  const perVatRate = VAT_RATES.flatMap((vatRate): VatRateTotal[] => {
    const atRate = amounts.filter((_, index) => lines[index]?.vatRate === vatRate);
    if (atRate.length === 0) return [];
    return [{ vatRate, netCents: sum(atRate.map((a) => a.netCents)), vatCents: sum(atRate.map((a) => a.vatCents)) }];
  });
  const subtotalCents = sum(amounts.map((a) => a.netCents));
  const vatCents = sum(amounts.map((a) => a.vatCents));
  return { lines: amounts, perVatRate, subtotalCents, vatCents, totalCents: subtotalCents + vatCents };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
