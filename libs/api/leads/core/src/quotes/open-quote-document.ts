import { type ChangeContext, NotFoundError } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { type GeneratedFile, QuoteDocumentRepository, QuoteDocumentStore } from './quote-documents.js';
import { quoteOfLead } from './quote-lookup.js';
import { QuoteRepository } from './quote-repository.js';

/** The content of a document generated from a quote, for download. */
@UseCase()
export class OpenQuoteDocument {
  constructor(
    private readonly quotes: QuoteRepository,
    private readonly documents: QuoteDocumentRepository,
    private readonly store: QuoteDocumentStore,
  ) {}

  /** @throws NotFoundError `quote.not-found`, `quote-document.not-found` */
  async execute(leadId: string, quoteId: string, id: string, context: ChangeContext): Promise<GeneratedFile> {
    await quoteOfLead(this.quotes, leadId, quoteId);
    const document = await this.documents.findById(id);
    const file = document && document.quoteId === quoteId ? await this.store.open(document.documentId, context) : null;
    if (!file) throw new NotFoundError('quote-document.not-found', 'Dit document bestaat niet (meer) bij deze offerte.');
    return file;
  }
}
