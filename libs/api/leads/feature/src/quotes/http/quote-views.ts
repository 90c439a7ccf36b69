import {
  type CurrentQuoteTemplate,
  lineAmounts,
  lineQuantity,
  QUOTE_TEMPLATE_TAGS,
  type Quote,
  type QuoteContent,
  type QuoteDetails,
  type QuoteDocument,
  quoteDisplayNumber,
  type QuoteRevision,
  quoteTotals,
} from '@gemeente-crm/leads-core';

/** Quotes as the API shows them: quantities as decimals, amounts and totals computed by the domain. */
export function contentView(content: QuoteContent) {
  const totals = quoteTotals(content.lines);
  return {
    quoteDate: content.quoteDate,
    validUntil: content.validUntil,
    notes: content.notes,
    lines: content.lines.map((line) => ({
      description: line.description,
      quantity: lineQuantity(line),
      unitPriceCents: line.unitPriceCents,
      vatRate: line.vatRate,
      ...lineAmounts(line),
    })),
    totals: { perVatRate: totals.perVatRate, subtotalCents: totals.subtotalCents, vatCents: totals.vatCents, totalCents: totals.totalCents },
  };
}

export function quoteView(quote: Quote) {
  return {
    id: quote.id,
    leadId: quote.leadId,
    number: quote.number,
    displayNumber: quoteDisplayNumber(quote.number, quote.revision),
    revision: quote.revision,
    status: quote.status,
    ...contentView(quote),
    createdBy: quote.createdBy,
    sentAt: quote.sentAt?.toISOString() ?? null,
    sentBy: quote.sentBy,
    decidedAt: quote.decidedAt?.toISOString() ?? null,
    decisionReason: quote.decisionReason,
    version: quote.version,
    createdAt: quote.createdAt.toISOString(),
    updatedAt: quote.updatedAt.toISOString(),
  };
}

export function revisionView(revision: QuoteRevision) {
  return { revision: revision.revision, ...contentView(revision), sentAt: revision.sentAt.toISOString(), sentBy: revision.sentBy };
}

export function documentView(document: QuoteDocument) {
  return {
    id: document.id,
    revision: document.revision,
    format: document.format,
    documentId: document.documentId,
    fileName: document.fileName,
    createdBy: document.createdBy,
    createdAt: document.createdAt.toISOString(),
  };
}

export function quoteDetailsView(details: QuoteDetails) {
  return { ...quoteView(details.quote), revisions: details.revisions.map(revisionView), documents: details.documents.map(documentView) };
}

export function templateView(template: CurrentQuoteTemplate) {
  return {
    version: template.version,
    isDefault: template.isDefault,
    fileName: template.fileName,
    uploadedBy: template.uploadedBy,
    uploadedAt: template.uploadedAt?.toISOString() ?? null,
    tags: [...QUOTE_TEMPLATE_TAGS],
  };
}

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / 8187), so browsers save it. */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
