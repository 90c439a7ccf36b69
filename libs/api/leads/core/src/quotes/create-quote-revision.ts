import { AuditLog, type ChangeContext, Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { localDate } from '@gemeente-crm/interactions-core';
import { UseCase } from '@gemeente-crm/relations-core';
import { QUOTE_AUDIT_OBJECT_TYPES, quoteChanges } from './quote-audit.js';
import { quoteNotRevisable } from './quote-errors.js';
import { quoteOfLead, saveQuote } from './quote-lookup.js';
import { QuoteRepository } from './quote-repository.js';
import { nextRevision } from './quote-revision.js';
import { canRevise } from './quote-status.js';
import type { Quote } from './quote.js';

/** Starts a new version of a sent or rejected quote, in concept, from the lines of the last one. */
@UseCase()
export class CreateQuoteRevision {
  constructor(
    private readonly quotes: QuoteRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws NotFoundError `quote.not-found`
   * @throws StaleVersionError when someone else changed it since `expectedVersion`
   * @throws ConflictError `quote.not-revisable` for a concept (edit it) or an accepted quote
   */
  async execute(leadId: string, id: string, expectedVersion: number, context: ChangeContext): Promise<Quote> {
    return this.transactions.run(async () => {
      const current = await quoteOfLead(this.quotes, leadId, id, expectedVersion);
      if (!canRevise(current)) throw quoteNotRevisable();
      const now = this.clock.now();
      const next = nextRevision(current, localDate(now), now);
      await saveQuote(this.quotes, next, expectedVersion);
      await this.auditLog.record({ action: 'update', objectType: QUOTE_AUDIT_OBJECT_TYPES.quote, objectId: id, changes: quoteChanges(current, next), context });
      return next;
    });
  }
}
