import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { addDays, isCalendarDate, localDate } from '@gemeente-crm/interactions-core';
import { UseCase } from '@gemeente-crm/relations-core';
import { QUOTE_AUDIT_OBJECT_TYPES, quoteChanges } from './quote-audit.js';
import { quoteLeadNotFound } from './quote-errors.js';
import { checkQuoteInput } from './quote-input.js';
import { QuoteLeads } from './quote-leads.js';
import { formatQuoteNumber } from './quote-number.js';
import { QuoteRepository } from './quote-repository.js';
import { DEFAULT_VALIDITY_DAYS, type Quote, type QuoteInput } from './quote.js';

@UseCase()
export class CreateQuote {
  constructor(
    private readonly quotes: QuoteRepository,
    private readonly leads: QuoteLeads,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Creates a concept quote on a lead, dated today and valid for 30 days unless given, with the
   * next number of the quote date's year.
   *
   * @throws NotFoundError `lead.not-found`
   * @throws ValidationError listing every invalid field
   */
  async execute(leadId: string, input: QuoteInput, context: ChangeContext): Promise<Quote> {
    const today = localDate(this.clock.now());
    const quoteDate = input.quoteDate ?? today;
    const validUntil = input.validUntil ?? safeAddDays(quoteDate);
    const { content, errors } = checkQuoteInput(input, { quoteDate, validUntil, notes: null, lines: [] });
    if (errors.length > 0) throw new ValidationError(errors);
    return this.transactions.run(async () => {
      if (!(await this.leads.find(leadId))) throw quoteLeadNotFound();
      const year = Number(content.quoteDate.slice(0, 4));
      const number = formatQuoteNumber(year, await this.quotes.nextNumber(year));
      const now = this.clock.now();
      const quote: Quote = {
        id: randomUUID(),
        leadId,
        number,
        revision: 1,
        status: 'concept',
        ...content,
        createdBy: context.actor.id,
        sentAt: null,
        sentBy: null,
        decidedAt: null,
        decisionReason: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await this.quotes.insert(quote);
      await this.auditLog.record({ action: 'create', objectType: QUOTE_AUDIT_OBJECT_TYPES.quote, objectId: quote.id, changes: quoteChanges(null, quote), context });
      return quote;
    });
  }
}

/** A malformed date is reported by the input check; the default must not throw before that. */
function safeAddDays(date: string): string {
  return isCalendarDate(date) ? addDays(date, DEFAULT_VALIDITY_DAYS) : date;
}
