import { AuditLog, type ChangeContext, Clock, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { localDate } from '@gemeente-crm/interactions-core';
import { UseCase } from '@gemeente-crm/relations-core';
import { QUOTE_AUDIT_OBJECT_TYPES, quoteChanges } from './quote-audit.js';
import { quoteNotEditable } from './quote-errors.js';
import { checkQuoteInput } from './quote-input.js';
import { quoteOfLead, saveQuote } from './quote-lookup.js';
import { QuoteRepository } from './quote-repository.js';
import { nextRevision } from './quote-revision.js';
import { canRevise, isEditable } from './quote-status.js';
import { contentOf, type Quote, type QuoteInput } from './quote.js';

/** Changes the lines, dates or notes of a quote. */
@UseCase()
export class UpdateQuote {
  constructor(
    private readonly quotes: QuoteRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * A concept is changed in place. A sent or rejected quote keeps what went out: the change
   * becomes a new revision in concept (v2, v3...) with the same number. An accepted quote is final.
   *
   * @throws NotFoundError `quote.not-found`
   * @throws StaleVersionError when someone else changed it since `expectedVersion`
   * @throws ConflictError `quote.not-editable` for an accepted quote
   * @throws ValidationError listing every invalid field
   */
  async execute(leadId: string, id: string, input: QuoteInput, expectedVersion: number, context: ChangeContext): Promise<Quote> {
    return this.transactions.run(async () => {
      const current = await quoteOfLead(this.quotes, leadId, id, expectedVersion);
      const now = this.clock.now();
      let base: Quote;
      if (isEditable(current)) base = current;
      else if (canRevise(current)) base = nextRevision(current, localDate(now), now);
      else throw quoteNotEditable();
      const { content, errors } = checkQuoteInput(input, contentOf(base));
      if (errors.length > 0) throw new ValidationError(errors);
      const next: Quote = { ...base, ...content, version: current.version + 1, updatedAt: now };
      const changes = quoteChanges(current, next);
      if (Object.keys(changes).length === 0) return current;
      await saveQuote(this.quotes, next, expectedVersion);
      await this.auditLog.record({ action: 'update', objectType: QUOTE_AUDIT_OBJECT_TYPES.quote, objectId: id, changes, context });
      return next;
    });
  }
}
