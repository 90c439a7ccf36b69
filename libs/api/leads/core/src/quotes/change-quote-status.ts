import { AuditLog, type ChangeContext, Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { requireReason, UseCase } from '@gemeente-crm/relations-core';
import { QUOTE_AUDIT_OBJECT_TYPES, quoteChanges } from './quote-audit.js';
import { quoteNotLatestRevision, quoteWithoutLines } from './quote-errors.js';
import { quoteOfLead, saveQuote } from './quote-lookup.js';
import { QuoteRepository } from './quote-repository.js';
import { frozenRevision } from './quote-revision.js';
import { canMoveQuote, invalidQuoteTransition } from './quote-status.js';
import type { Quote } from './quote.js';

/** The moves staff make: send the concept, record the relation's answer. */
export type QuoteAction = 'send' | 'accept' | 'reject';

const TARGET = { send: 'verzonden', accept: 'geaccepteerd', reject: 'afgewezen' } as const;

/**
 * Sends a concept (which freezes its content as a revision) or records that the relation
 * accepted or rejected the sent quote. Rejecting needs a reason; every move is audited.
 */
@UseCase()
export class ChangeQuoteStatus {
  constructor(
    private readonly quotes: QuoteRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @param revision for accept/reject: the version the relation answered, when the caller
   *   knows it; it must be the latest (an older version has been replaced)
   * @throws NotFoundError `quote.not-found`
   * @throws StaleVersionError when someone else changed it since `expectedVersion`
   * @throws ConflictError `quote.invalid-transition`, `quote.no-lines`, `quote.not-latest-version`
   * @throws ValidationError `reason.required` when rejecting without a reason
   */
  async execute(
    leadId: string,
    id: string,
    action: QuoteAction,
    expectedVersion: number,
    context: ChangeContext,
    revision?: number,
  ): Promise<Quote> {
    return this.transactions.run(async () => {
      const current = await quoteOfLead(this.quotes, leadId, id, expectedVersion);
      if (revision !== undefined && revision !== current.revision) throw quoteNotLatestRevision(current.revision);
      const to = TARGET[action];
      if (!canMoveQuote(current.status, to)) throw invalidQuoteTransition(current.status, to);
      const reason = action === 'reject' ? requireReason(context) : context.reason?.trim() || null;
      const now = this.clock.now();
      let next: Quote;
      if (action === 'send') {
        if (current.lines.length === 0) throw quoteWithoutLines();
        next = { ...current, status: to, sentAt: now, sentBy: context.actor.id, version: current.version + 1, updatedAt: now };
      } else {
        next = { ...current, status: to, decidedAt: now, decisionReason: reason, version: current.version + 1, updatedAt: now };
      }
      await saveQuote(this.quotes, next, expectedVersion);
      if (action === 'send') await this.quotes.insertRevision(frozenRevision(next));
      await this.auditLog.record({
        action: 'update',
        objectType: QUOTE_AUDIT_OBJECT_TYPES.quote,
        objectId: id,
        changes: quoteChanges(current, next),
        context: reason ? { ...context, reason } : context,
      });
      return next;
    });
  }
}
