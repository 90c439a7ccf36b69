import {
  MAX_LINE_DESCRIPTION_LENGTH,
  MAX_QUOTE_LINES,
  MAX_QUOTE_NOTES_LENGTH,
  MAX_UNIT_PRICE_CENTS,
  QUOTE_DOCUMENT_FORMATS,
  QUOTE_STATUSES,
  VAT_RATES,
} from '@gemeente-crm/leads-core';
import { z } from 'zod';

const reasonField = { reason: z.string().trim().max(500).optional().describe('Why; recorded in the audit trail (alternative to X-Reason)') };

export const QuoteStatusSchema = z.enum(QUOTE_STATUSES).meta({ id: 'QuoteStatus' });
export const QuoteDocumentFormatSchema = z.enum(QUOTE_DOCUMENT_FORMATS).meta({ id: 'QuoteDocumentFormat' });
const VatRateSchema = z
  .union(VAT_RATES.map((rate) => z.literal(rate)) as unknown as [z.ZodLiteral<0>, z.ZodLiteral<9>, z.ZodLiteral<21>])
  .describe('VAT (btw) percentage: 0, 9 or 21');

export const QuoteLineInputSchema = z
  .object({
    description: z.string().max(MAX_LINE_DESCRIPTION_LENGTH),
    quantity: z.string().max(20).describe('Decimal, at most three decimals, `.` or `,`: e.g. `1.5`'),
    unitPriceCents: z.number().int().min(-MAX_UNIT_PRICE_CENTS).max(MAX_UNIT_PRICE_CENTS).describe('Price per unit excl. VAT in euro cents; negative for a discount'),
    vatRate: z.number().int().describe('0, 9 or 21'),
  })
  .strict()
  .meta({ id: 'QuoteLineInput' });

const quoteFields = {
  quoteDate: z.iso.date().optional().describe('Date of the quote (default: today)'),
  validUntil: z.iso.date().optional().describe('Last day it can be accepted (default: 30 days after the quote date)'),
  notes: z.string().max(MAX_QUOTE_NOTES_LENGTH).nullable().optional().describe('Introduction or conditions, plain text'),
  lines: z.array(QuoteLineInputSchema).max(MAX_QUOTE_LINES).optional().describe('All lines; replaces the current ones'),
};

export const CreateQuoteSchema = z.object({ ...quoteFields, ...reasonField }).strict().meta({ id: 'CreateQuote' });

export const UpdateQuoteSchema = z
  .object({ ...quoteFields, ...reasonField })
  .strict()
  .meta({ id: 'UpdateQuote', description: 'Only the fields present change. On a sent or rejected quote this starts a new version in concept.' });

export const QuoteDecisionSchema = z
  .object({
    revision: z.number().int().min(1).optional().describe('The version the relation answered; must be the latest'),
    ...reasonField,
  })
  .strict()
  .meta({ id: 'QuoteDecision' });

export const QuoteReasonSchema = z.object({ ...reasonField }).strict().meta({ id: 'QuoteReason' });

export const GenerateQuoteDocumentSchema = z.object({ format: QuoteDocumentFormatSchema, ...reasonField }).strict().meta({ id: 'GenerateQuoteDocument' });

const QuoteLineSchema = z
  .object({
    description: z.string(),
    quantity: z.string().describe('Decimal, e.g. `1.5`'),
    unitPriceCents: z.number().int(),
    vatRate: VatRateSchema,
    netCents: z.number().int().describe('quantity × unit price, rounded to the cent (half away from zero)'),
    vatCents: z.number().int().describe('VAT on the line, rounded to the cent (half away from zero)'),
  })
  .meta({ id: 'QuoteLine' });

const QuoteTotalsSchema = z
  .object({
    perVatRate: z.array(z.object({ vatRate: VatRateSchema, netCents: z.number().int(), vatCents: z.number().int() })),
    subtotalCents: z.number().int(),
    vatCents: z.number().int(),
    totalCents: z.number().int(),
  })
  .meta({ id: 'QuoteTotals', description: 'Sums of the rounded line amounts' });

const quoteContent = {
  quoteDate: z.iso.date(),
  validUntil: z.iso.date(),
  notes: z.string().nullable(),
  lines: z.array(QuoteLineSchema),
  totals: QuoteTotalsSchema,
};

export const QuoteSchema = z
  .object({
    id: z.uuid(),
    leadId: z.uuid(),
    number: z.string().describe('OF-2026-0001'),
    displayNumber: z.string().describe('The number with the version from v2 on: OF-2026-0001 v2'),
    revision: z.number().int().describe('Version of the offer: 1, 2...'),
    status: QuoteStatusSchema,
    ...quoteContent,
    createdBy: z.string(),
    sentAt: z.iso.datetime().nullable(),
    sentBy: z.string().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    decisionReason: z.string().nullable(),
    version: z.number().int().describe('For If-Match (the ETag); not the offer version'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Quote' });

export const QuoteRevisionSchema = z
  .object({ revision: z.number().int(), ...quoteContent, sentAt: z.iso.datetime(), sentBy: z.string() })
  .meta({ id: 'QuoteRevision', description: 'A sent version, as it went out' });

export const QuoteDocumentSchema = z
  .object({
    id: z.uuid(),
    revision: z.number().int(),
    format: QuoteDocumentFormatSchema,
    documentId: z.uuid().describe('The document in the archive (GET /documents/{id})'),
    fileName: z.string(),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'QuoteDocument' });

export const QuoteDetailsSchema = QuoteSchema.extend({
  revisions: z.array(QuoteRevisionSchema).describe('Sent versions, oldest first'),
  documents: z.array(QuoteDocumentSchema).describe('Generated documents, newest first'),
}).meta({ id: 'QuoteDetails' });

export const QuoteListSchema = z.object({ items: z.array(QuoteSchema) }).meta({ id: 'QuoteList' });

export const QuoteTemplateSchema = z
  .object({
    version: z.number().int().describe('0 while the default was never replaced'),
    isDefault: z.boolean(),
    fileName: z.string(),
    uploadedBy: z.string().nullable(),
    uploadedAt: z.iso.datetime().nullable(),
    tags: z.array(z.string()).describe('The merge fields a template may use'),
  })
  .meta({ id: 'QuoteTemplate' });
