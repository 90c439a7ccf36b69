import { UseCase } from '@gemeente-crm/relations-core';
import { QuoteRepository } from './quote-repository.js';
import type { Quote } from './quote.js';

@UseCase()
export class ListLeadQuotes {
  constructor(private readonly quotes: QuoteRepository) {}

  /** The quotes of a lead, newest first (an unknown lead simply has none). */
  async execute(leadId: string): Promise<Quote[]> {
    return this.quotes.listByLead(leadId);
  }
}
