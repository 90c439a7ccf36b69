import { divideRoundHalfAwayFromZero, formatQuantity, parseQuantity } from './money.js';
import { formatEuros } from './quote-merge-data.js';
import { lineAmounts, quoteTotals } from './quote-totals.js';
import type { QuoteLine } from './quote.js';

const line = (quantity: string, unitPriceCents: number, vatRate: QuoteLine['vatRate'] = 21): QuoteLine => ({
  description: 'Regel',
  quantityMilli: parseQuantity(quantity)!,
  unitPriceCents,
  vatRate,
});

describe('quote amounts', () => {
  it('reads quantities with a comma or a point and at most three decimals, exactly', () => {
    expect(parseQuantity('1,5')).toBe(1500);
    expect(parseQuantity('0.125')).toBe(125);
    expect(parseQuantity('12')).toBe(12000);
    expect(parseQuantity('1.2345')).toBeNull();
    expect(parseQuantity('-1')).toBeNull();
    expect(parseQuantity('1e3')).toBeNull();
    expect(formatQuantity(1500)).toBe('1.5');
    expect(formatQuantity(12000)).toBe('12');
  });

  it('rounds halves away from zero, also for discount lines', () => {
    expect(divideRoundHalfAwayFromZero(25n, 10n)).toBe(3n);
    expect(divideRoundHalfAwayFromZero(24n, 10n)).toBe(2n);
    expect(divideRoundHalfAwayFromZero(-25n, 10n)).toBe(-3n);
    expect(divideRoundHalfAwayFromZero(-24n, 10n)).toBe(-2n);
  });

  it('rounds each line to the cent: net first, then the VAT on the rounded net', () => {
    // 0,333 × € 10,05 = € 3,34665 → € 3,35; 21 % of € 3,35 = € 0,7035 → € 0,70
    expect(lineAmounts(line('0.333', 1005))).toEqual({ netCents: 335, vatCents: 70 });
    // 1 × € 0,50 at 9 % = € 0,045 → € 0,05 (half up), and −€ 0,50 gives −€ 0,05
    expect(lineAmounts(line('1', 50, 9))).toEqual({ netCents: 50, vatCents: 5 });
    expect(lineAmounts(line('1', -50, 9))).toEqual({ netCents: -50, vatCents: -5 });
  });

  it('adds the rounded line amounts per VAT rate, then into subtotal, VAT and total', () => {
    // three lines of € 0,10 at 21 %: VAT per line € 0,021 → € 0,02, so € 0,06 in all (not € 0,063 → € 0,06 by luck:
    // seven lines show the difference: 7 × € 0,02 = € 0,14 where 21 % of € 0,70 would be € 0,147 → € 0,15)
    const lines = [...Array.from({ length: 7 }, () => line('1', 10)), line('2.5', 1999, 9), line('1', 10000, 0)];
    const totals = quoteTotals(lines);
    expect(totals.perVatRate).toEqual([
      { vatRate: 0, netCents: 10000, vatCents: 0 },
      { vatRate: 9, netCents: 4998, vatCents: 450 },
      { vatRate: 21, netCents: 70, vatCents: 14 },
    ]);
    expect(totals).toMatchObject({ subtotalCents: 15068, vatCents: 464, totalCents: 15532 });
  });

  it('has nothing per rate and zero totals without lines', () => {
    expect(quoteTotals([])).toEqual({ lines: [], perVatRate: [], subtotalCents: 0, vatCents: 0, totalCents: 0 });
  });

  it('formats euros the Dutch way', () => {
    expect(formatEuros(123456)).toBe('€ 1.234,56');
    expect(formatEuros(-5)).toBe('€ -0,05');
  });
});
