/** Statuses of a quote (offerte). Only a concept can be edited; the others are sent or decided. */
export const QUOTE_STATUSES = ['concept', 'verzonden', 'geaccepteerd', 'afgewezen'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** The Dutch VAT (btw) rates in percent: exempt/zero, reduced and standard. */
export const VAT_RATES = [0, 9, 21] as const;
export type VatRate = (typeof VAT_RATES)[number];

/** How long a new quote stays valid unless the account manager chooses otherwise. */
export const DEFAULT_VALIDITY_DAYS = 30;

export const MAX_QUOTE_LINES = 200;
export const MAX_LINE_DESCRIPTION_LENGTH = 1000;
export const MAX_QUOTE_NOTES_LENGTH = 4000;

export interface QuoteLine {
  description: string;
  /** Thousandths of a unit (1,5 = 1500), see money.ts. */
  quantityMilli: number;
  /** Price per unit excluding VAT, in euro cents; negative for a discount line. */
  unitPriceCents: number;
  vatRate: VatRate;
}

/** The editable content of a quote: what is frozen when it is sent. */
export interface QuoteContent {
  /** The calendar day (`YYYY-MM-DD`) the quote is dated. */
  quoteDate: string;
  /** The last calendar day on which the relation can accept it. */
  validUntil: string;
  /** Free text shown above the lines (introduction, conditions); plain text. */
  notes: string | null;
  lines: QuoteLine[];
}

export interface Quote extends QuoteContent {
  id: string;
  leadId: string;
  /** `OF-2026-0001`: per calendar year, assigned at creation and kept by every revision. */
  number: string;
  /** 1 for the first version; a new version of a sent quote gets the next one. */
  revision: number;
  status: QuoteStatus;
  createdBy: string;
  sentAt: Date | null;
  sentBy: string | null;
  /** When it was accepted or rejected, and why. */
  decidedAt: Date | null;
  decisionReason: string | null;
  /** Optimistic-locking version (ETag), not to be confused with `revision`. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A sent revision as it went out, kept unchanged when a newer revision follows. */
export interface QuoteRevision extends QuoteContent {
  quoteId: string;
  revision: number;
  sentAt: Date;
  sentBy: string;
}

/** A quote's lines and dates as a caller submits them; amounts as the API takes them. */
export interface QuoteLineInput {
  description: string;
  /** Decimal with at most three decimals, `.` or `,` as separator, e.g. `"1.5"`. */
  quantity: string;
  unitPriceCents: number;
  vatRate: number;
}

export interface QuoteInput {
  quoteDate?: string;
  validUntil?: string;
  notes?: string | null;
  lines?: QuoteLineInput[];
}

export function isVatRate(value: number): value is VatRate {
  return (VAT_RATES as readonly number[]).includes(value);
}

export function contentOf(quote: QuoteContent): QuoteContent {
  return { quoteDate: quote.quoteDate, validUntil: quote.validUntil, notes: quote.notes, lines: quote.lines.map((line) => ({ ...line })) };
}
