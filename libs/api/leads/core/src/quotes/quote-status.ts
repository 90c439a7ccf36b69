import { ConflictError } from '@gemeente-crm/api-kernel';
import type { Quote, QuoteStatus } from './quote.js';

/**
 * Where a quote may go: concept → verzonden → geaccepteerd | afgewezen. A sent or rejected
 * quote can be revised: that is a new revision in concept (see CreateQuoteRevision), not a
 * transition of the sent one, whose content stays as it went out.
 */
const TRANSITIONS: Record<QuoteStatus, readonly QuoteStatus[]> = {
  concept: ['verzonden'],
  verzonden: ['geaccepteerd', 'afgewezen'],
  geaccepteerd: [],
  afgewezen: [],
};

export function canMoveQuote(from: QuoteStatus, to: QuoteStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Only what is still a draft can change; anything else has been seen by the relation. */
export function isEditable(quote: Pick<Quote, 'status'>): boolean {
  return quote.status === 'concept';
}

/** A new revision answers a sent quote or a rejected one (a better offer); an accepted one is final. */
export function canRevise(quote: Pick<Quote, 'status'>): boolean {
  return quote.status === 'verzonden' || quote.status === 'afgewezen';
}

export function invalidQuoteTransition(from: QuoteStatus, to: QuoteStatus): ConflictError {
  const allowed = TRANSITIONS[from];
  const next = allowed.length > 0 ? `; wel naar ${allowed.join(', ')}` : '';
  return new ConflictError('quote.invalid-transition', `Een offerte met status ${from} kan niet naar ${to}${next}.`);
}
