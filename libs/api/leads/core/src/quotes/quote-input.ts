import type { FieldError } from '@gemeente-crm/api-kernel';
import { isCalendarDate } from '@gemeente-crm/interactions-core';
import { formatQuantity, MAX_QUANTITY_MILLI, MAX_UNIT_PRICE_CENTS, parseQuantity } from './money.js';
import {
  isVatRate,
  MAX_LINE_DESCRIPTION_LENGTH,
  MAX_QUOTE_LINES,
  MAX_QUOTE_NOTES_LENGTH,
  type QuoteContent,
  type QuoteInput,
  type QuoteLine,
  type QuoteLineInput,
  VAT_RATES,
} from './quote.js';

/**
 * Applies `input` to `base` (fields left out keep their value) and checks the result. Every
 * invalid field is reported, with its position for lines (`lines.2.quantity`).
 */
export function checkQuoteInput(input: QuoteInput, base: QuoteContent): { content: QuoteContent; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const quoteDate = input.quoteDate ?? base.quoteDate;
  const validUntil = input.validUntil ?? base.validUntil;
  if (!isCalendarDate(quoteDate)) errors.push({ field: 'quoteDate', code: 'quote-date.invalid', message: 'Geef een geldige datum (JJJJ-MM-DD).' });
  if (!isCalendarDate(validUntil)) {
    errors.push({ field: 'validUntil', code: 'valid-until.invalid', message: 'Geef een geldige datum (JJJJ-MM-DD).' });
  } else if (isCalendarDate(quoteDate) && validUntil < quoteDate) {
    errors.push({ field: 'validUntil', code: 'valid-until.before-quote-date', message: 'De offerte moet geldig zijn tot op of na de offertedatum.' });
  }
  const notes = input.notes === undefined ? base.notes : input.notes?.trim() || null;
  if (notes && notes.length > MAX_QUOTE_NOTES_LENGTH) {
    errors.push({ field: 'notes', code: 'notes.too-long', message: `Dit veld mag hoogstens ${MAX_QUOTE_NOTES_LENGTH} tekens lang zijn.` });
  }
  let lines = base.lines;
  if (input.lines) {
    if (input.lines.length > MAX_QUOTE_LINES) {
      errors.push({ field: 'lines', code: 'lines.too-many', message: `Een offerte heeft hoogstens ${MAX_QUOTE_LINES} regels.` });
    }
    lines = input.lines.map((line, index) => checkLine(line, `lines.${index}`, errors));
  }
  return { content: { quoteDate, validUntil, notes, lines }, errors };
}

function checkLine(input: QuoteLineInput, prefix: string, errors: FieldError[]): QuoteLine {
  const description = input.description.trim().replace(/[ \t]+/g, ' ');
  if (!description) errors.push({ field: `${prefix}.description`, code: 'description.required', message: 'Geef een omschrijving.' });
  if (description.length > MAX_LINE_DESCRIPTION_LENGTH) {
    errors.push({ field: `${prefix}.description`, code: 'description.too-long', message: `Dit veld mag hoogstens ${MAX_LINE_DESCRIPTION_LENGTH} tekens lang zijn.` });
  }
  const quantityMilli = parseQuantity(input.quantity);
  if (quantityMilli === null || quantityMilli <= 0 || quantityMilli > MAX_QUANTITY_MILLI) {
    errors.push({ field: `${prefix}.quantity`, code: 'quantity.invalid', message: 'Geef een aantal groter dan 0, met hoogstens drie decimalen.' });
  }
  if (!Number.isSafeInteger(input.unitPriceCents) || Math.abs(input.unitPriceCents) > MAX_UNIT_PRICE_CENTS) {
    errors.push({ field: `${prefix}.unitPriceCents`, code: 'unit-price.invalid', message: 'Geef de prijs per eenheid in hele centen.' });
  }
  if (!isVatRate(input.vatRate)) {
    errors.push({ field: `${prefix}.vatRate`, code: 'vat-rate.invalid', message: `Kies een btw-tarief: ${VAT_RATES.join(', ')} %.` });
  }
  return { description, quantityMilli: quantityMilli ?? 0, unitPriceCents: input.unitPriceCents, vatRate: isVatRate(input.vatRate) ? input.vatRate : 21 };
}

/** A stored line as the API shows its quantity again. */
export function lineQuantity(line: QuoteLine): string {
  return formatQuantity(line.quantityMilli);
}
