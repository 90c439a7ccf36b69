import type { Quote, QuoteRevision } from './quote.js';

/** Where quotes and their sent revisions are kept. Called inside `TransactionManager.run`. */
export abstract class QuoteRepository {
  abstract findById(id: string): Promise<Quote | null>;

  /** The quotes of a lead, newest first. */
  abstract listByLead(leadId: string): Promise<Quote[]>;

  /**
   * The next number in `year`'s sequence. Taken inside the caller's transaction and rolled back
   * with it, so numbers have no gaps from failed creations and two requests never get the same.
   */
  abstract nextNumber(year: number): Promise<number>;

  abstract insert(quote: Quote): Promise<void>;

  /** Replaces the stored quote only if its version is still `expectedVersion`; false when it is not. */
  abstract update(quote: Quote, expectedVersion: number): Promise<boolean>;

  abstract insertRevision(revision: QuoteRevision): Promise<void>;

  /** The sent revisions, oldest first. */
  abstract listRevisions(quoteId: string): Promise<QuoteRevision[]>;
}
