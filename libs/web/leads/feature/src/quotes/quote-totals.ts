/**
 * The quote arithmetic of the API (libs/api/leads/core/src/quotes/quote-totals.ts), repeated
 * here so totals update while typing: per line, quantity × unit price rounded to the cent, VAT
 * on that rounded to the cent, halves away from zero; totals are sums. The API's figures, shown
 * after saving, are the ones that count.
 */
export const VAT_RATES = [0, 9, 21] as const;

export interface EditableLine {
  description: string;
  /** As typed: "1,5". */
  quantity: string;
  /** As typed, in euros: "12,50". */
  unitPrice: string;
  vatRate: number;
}

const QUANTITY = /^(\d{1,7})(?:[.,](\d{1,3}))?$/;

/** Thousandths of a unit, or null when it is not a quantity. */
export function parseQuantityMilli(text: string): number | null {
  const match = QUANTITY.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
}

/** "1.234,50", "12,5", "-5" → cents; null when unreadable. */
export function parseEuroCents(text: string): number | null {
  const trimmed = text.trim().replace(/^€\s*/, '');
  const match = /^(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(trimmed);
  if (!match) return null;
  const cents = Number(match[2]!.replace(/\./g, '')) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

export function centsToEuroText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.trunc(absolute / 100)},${String(absolute % 100).padStart(2, '0')}`;
}

export function quantityText(apiQuantity: string): string {
  return apiQuantity.replace('.', ',');
}

function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const absolute = negative ? -numerator : numerator;
  const quotient = (absolute * 2n + denominator) / (denominator * 2n);
  return negative ? -quotient : quotient;
}

export interface LineAmounts {
  netCents: number;
  vatCents: number;
}

/** Null while the quantity or price cannot be read. */
export function lineAmounts(line: EditableLine): LineAmounts | null {
  const quantity = parseQuantityMilli(line.quantity);
  const price = parseEuroCents(line.unitPrice);
  if (quantity === null || price === null) return null;
  const net = roundHalfAwayFromZero(BigInt(quantity) * BigInt(price), 1000n);
  const vat = roundHalfAwayFromZero(net * BigInt(line.vatRate), 100n);
  return { netCents: Number(net), vatCents: Number(vat) };
}

export interface Totals {
  perVatRate: { vatRate: number; netCents: number; vatCents: number }[];
  subtotalCents: number;
  vatCents: number;
  totalCents: number;
}

export function totalsOf(lines: EditableLine[]): Totals {
  const amounts = lines.map((line) => ({ line, amounts: lineAmounts(line) }));
  const perVatRate = VAT_RATES.flatMap((vatRate) => {
    const atRate = amounts.filter((item) => item.line.vatRate === vatRate && item.amounts);
    if (atRate.length === 0) return [];
    return [{ vatRate, netCents: atRate.reduce((sum, item) => sum + item.amounts!.netCents, 0), vatCents: atRate.reduce((sum, item) => sum + item.amounts!.vatCents, 0) }];
  });
  const subtotalCents = perVatRate.reduce((sum, rate) => sum + rate.netCents, 0);
  const vatCents = perVatRate.reduce((sum, rate) => sum + rate.vatCents, 0);
  return { perVatRate, subtotalCents, vatCents, totalCents: subtotalCents + vatCents };
}
