import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { QUOTE_AUDIT_OBJECT_TYPES } from './quote-audit.js';
import { QUOTE_CONTENT_TYPES, type QuoteDocument, QuoteDocumentRepository, QuoteDocumentStore, type QuoteDocumentFormat } from './quote-documents.js';
import { quoteLeadNotFound } from './quote-errors.js';
import { QuoteLeads } from './quote-leads.js';
import { quoteOfLead } from './quote-lookup.js';
import { quoteMergeData } from './quote-merge-data.js';
import { quoteDisplayNumber } from './quote-number.js';
import { QuoteRepository } from './quote-repository.js';
import { QuoteDocumentRenderer, QuoteTemplateStore } from './quote-template.js';

/** The municipality whose name heads every quote; configured per installation. */
export abstract class QuoteIssuer {
  abstract municipalityName(): string;
}

/**
 * Generates the Word or PDF document of a quote's current revision and stores it in the archive
 * as a document on the lead, so it is kept with the lead's other documents.
 */
@UseCase()
export class GenerateQuoteDocument {
  constructor(
    private readonly quotes: QuoteRepository,
    private readonly leads: QuoteLeads,
    private readonly templates: QuoteTemplateStore,
    private readonly renderer: QuoteDocumentRenderer,
    private readonly store: QuoteDocumentStore,
    private readonly documents: QuoteDocumentRepository,
    private readonly issuer: QuoteIssuer,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** @throws NotFoundError `quote.not-found`, `lead.not-found` */
  async execute(leadId: string, id: string, format: QuoteDocumentFormat, context: ChangeContext): Promise<QuoteDocument> {
    return this.transactions.run(async () => {
      const quote = await quoteOfLead(this.quotes, leadId, id);
      const lead = await this.leads.find(leadId);
      if (!lead) throw quoteLeadNotFound();
      const data = quoteMergeData(quote, lead, this.issuer.municipalityName());
      const template = (await this.templates.current())?.content ?? this.renderer.defaultTemplate();
      const content = format === 'docx' ? this.renderer.renderDocx(template, data) : await this.renderer.renderPdf(template, data);
      const displayNumber = quoteDisplayNumber(quote.number, quote.revision);
      const fileName = `Offerte ${displayNumber}.${format}`;
      const documentId = await this.store.store(leadId, { fileName, contentType: QUOTE_CONTENT_TYPES[format], content }, `Offerte ${displayNumber}`, context);
      const document: QuoteDocument = {
        id: randomUUID(),
        quoteId: quote.id,
        revision: quote.revision,
        format,
        documentId,
        fileName,
        createdBy: context.actor.id,
        createdAt: this.clock.now(),
      };
      await this.documents.insert(document);
      await this.auditLog.record({
        action: 'create',
        objectType: QUOTE_AUDIT_OBJECT_TYPES.quote,
        objectId: quote.id,
        changes: { document: { old: null, new: { documentId, fileName, revision: quote.revision } } },
        context,
      });
      return document;
    });
  }
}
