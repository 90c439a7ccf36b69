import { lineQuantity } from './quote-input.js';
import type { QuoteLeadFacts } from './quote-leads.js';
import { quoteDisplayNumber } from './quote-number.js';
import type { Quote } from './quote.js';
import { quoteTotals } from './quote-totals.js';

/**
 * The merge fields of the quote template, formatted the Dutch way (€ 1.234,56; 25 november
 * 2026). Tag names are Dutch because functional administrators write the templates.
 */
export interface QuoteMergeData {
  gemeente: string;
  relatie_naam: string;
  relatie_adres: string;
  contactpersoon: string;
  accountmanager: string;
  lead: string;
  offertenummer: string;
  versie: string;
  datum: string;
  geldig_tot: string;
  toelichting: string;
  regels: { omschrijving: string; aantal: string; prijs: string; btw: string; bedrag: string }[];
  btw_tarieven: { tarief: string; grondslag: string; btw: string }[];
  subtotaal: string;
  btw_totaal: string;
  totaal: string;
}

/** Every tag a template may use: the fields above, and inside the loops their item fields. */
export const QUOTE_TEMPLATE_TAGS: readonly string[] = [
  'gemeente',
  'relatie_naam',
  'relatie_adres',
  'contactpersoon',
  'accountmanager',
  'lead',
  'offertenummer',
  'versie',
  'datum',
  'geldig_tot',
  'toelichting',
  'regels',
  'regels.omschrijving',
  'regels.aantal',
  'regels.prijs',
  'regels.btw',
  'regels.bedrag',
  'btw_tarieven',
  'btw_tarieven.tarief',
  'btw_tarieven.grondslag',
  'btw_tarieven.btw',
  'subtotaal',
  'btw_totaal',
  'totaal',
];

/**
 * A tag is known when it is a merge field, or, inside a loop or condition, a field of the loop's
 * items or of an enclosing scope: docxtemplater looks a name up from the innermost scope
 * outwards, so `{#contactpersoon}t.a.v. {contactpersoon}{/contactpersoon}` is fine.
 */
export function isKnownQuoteTemplateTag(tag: string): boolean {
  if (QUOTE_TEMPLATE_TAGS.includes(tag)) return true;
  const dot = tag.indexOf('.');
  return dot > 0 && isKnownQuoteTemplateTag(tag.slice(dot + 1));
}

const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const decimals = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });
const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `1234.5` cents-free display: `€ 1.234,56` (with an ordinary space, as Word expects). */
export function formatEuros(cents: number): string {
  return euros.format(cents / 100).replace(/\u00a0/g, ' ');
}

/** `2026-11-25` → `25 november 2026`. */
export function formatLongDate(date: string): string {
  return longDate.format(new Date(`${date}T00:00:00Z`));
}

export function quoteMergeData(quote: Quote, lead: QuoteLeadFacts, municipalityName: string): QuoteMergeData {
  const totals = quoteTotals(quote.lines);
  return {
    gemeente: municipalityName,
    relatie_naam: lead.relationName ?? '',
    relatie_adres: lead.relationAddress.join('\n'),
    contactpersoon: lead.contactPersonName ?? '',
    accountmanager: lead.accountManagerName ?? '',
    lead: lead.leadTitle,
    offertenummer: quoteDisplayNumber(quote.number, quote.revision),
    versie: String(quote.revision),
    datum: formatLongDate(quote.quoteDate),
    geldig_tot: formatLongDate(quote.validUntil),
    toelichting: quote.notes ?? '',
    regels: quote.lines.map((line, index) => ({
      omschrijving: line.description,
      aantal: decimals.format(Number(lineQuantity(line))),
      prijs: formatEuros(line.unitPriceCents),
      btw: `${line.vatRate}%`,
      bedrag: formatEuros(totals.lines[index]?.netCents ?? 0),
    })),
    btw_tarieven: totals.perVatRate.map((rate) => ({ tarief: `${rate.vatRate}%`, grondslag: formatEuros(rate.netCents), btw: formatEuros(rate.vatCents) })),
    subtotaal: formatEuros(totals.subtotalCents),
    btw_totaal: formatEuros(totals.vatCents),
    totaal: formatEuros(totals.totalCents),
  };
}
