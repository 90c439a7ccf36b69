import { UseCase } from '@gemeente-crm/relations-core';
import { QuoteDocumentRepository, type QuoteDocument } from './quote-documents.js';
import { quoteOfLead } from './quote-lookup.js';
import { QuoteRepository } from './quote-repository.js';
import type { Quote, QuoteRevision } from './quote.js';

export interface QuoteDetails {
  quote: Quote;
  /** The sent revisions, oldest first, each as it went out. */
  revisions: QuoteRevision[];
  /** Generated documents, newest first. */
  documents: QuoteDocument[];
}

@UseCase()
export class GetQuote {
  constructor(
    private readonly quotes: QuoteRepository,
    private readonly documents: QuoteDocumentRepository,
  ) {}

  /** @throws NotFoundError `quote.not-found` */
  async execute(leadId: string, id: string): Promise<QuoteDetails> {
    const quote = await quoteOfLead(this.quotes, leadId, id);
    const [revisions, documents] = await Promise.all([this.quotes.listRevisions(id), this.documents.listByQuote(id)]);
    return { quote, revisions, documents };
  }
}
