import { StaleVersionError } from '@gemeente-crm/api-kernel';
import { quoteNotFound } from './quote-errors.js';
import type { QuoteRepository } from './quote-repository.js';
import type { Quote } from './quote.js';

/** The quote, only when it belongs to `leadId`: ids in the URL must agree with each other. */
export async function quoteOfLead(quotes: QuoteRepository, leadId: string, id: string, expectedVersion?: number | null): Promise<Quote> {
  const quote = await quotes.findById(id);
  if (!quote || quote.leadId !== leadId) throw quoteNotFound();
  if (expectedVersion != null && quote.version !== expectedVersion) throw new StaleVersionError(quote.version);
  return quote;
}

/** Writes only when nobody changed the quote since `expectedVersion` (checked in the UPDATE itself). */
export async function saveQuote(quotes: QuoteRepository, next: Quote, expectedVersion: number): Promise<void> {
  if (await quotes.update(next, expectedVersion)) return;
  const current = await quotes.findById(next.id);
  throw new StaleVersionError(current?.version ?? expectedVersion);
}
