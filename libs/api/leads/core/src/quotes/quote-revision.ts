import { addDays } from '@gemeente-crm/interactions-core';
import { contentOf, DEFAULT_VALIDITY_DAYS, type Quote, type QuoteRevision } from './quote.js';

/** The content of a sent quote as it went out, frozen. */
export function frozenRevision(quote: Quote): QuoteRevision {
  if (!quote.sentAt || !quote.sentBy) throw new Error('Only a sent quote can be frozen');
  return { quoteId: quote.id, revision: quote.revision, ...contentOf(quote), sentAt: quote.sentAt, sentBy: quote.sentBy };
}

/**
 * The next revision of a sent (or rejected) quote: the same number and lines, in concept again,
 * dated `today` and valid for the default period from then, since it is a new offer.
 */
export function nextRevision(quote: Quote, today: string, now: Date): Quote {
  return {
    ...quote,
    ...contentOf(quote),
    revision: quote.revision + 1,
    status: 'concept',
    quoteDate: today,
    validUntil: addDays(today, DEFAULT_VALIDITY_DAYS),
    sentAt: null,
    sentBy: null,
    decidedAt: null,
    decisionReason: null,
    version: quote.version + 1,
    updatedAt: now,
  };
}
