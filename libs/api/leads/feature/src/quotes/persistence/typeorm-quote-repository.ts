import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type Quote, type QuoteLine, QuoteRepository, type QuoteRevision } from '@gemeente-crm/leads-core';

/** Dates as `YYYY-MM-DD` text: node-postgres would turn a `date` into a midnight in the server's zone. */
const COLUMNS = `q.id, q.lead_id, q.number, q.revision, q.status, to_char(q.quote_date, 'YYYY-MM-DD') AS quote_date,
  to_char(q.valid_until, 'YYYY-MM-DD') AS valid_until, q.notes, q.lines, q.created_by, q.sent_at, q.sent_by, q.decided_at,
  q.decision_reason, q.version, q.created_at, q.updated_at`;

interface QuoteRow {
  id: string;
  lead_id: string;
  number: string;
  revision: number;
  status: Quote['status'];
  quote_date: string;
  valid_until: string;
  notes: string | null;
  lines: QuoteLine[];
  created_by: string;
  sent_at: Date | null;
  sent_by: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

interface RevisionRow {
  quote_id: string;
  revision: number;
  quote_date: string;
  valid_until: string;
  notes: string | null;
  lines: QuoteLine[];
  sent_at: Date;
  sent_by: string;
}

@Injectable()
export class TypeormQuoteRepository extends QuoteRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async findById(id: string): Promise<Quote | null> {
    const [row]: QuoteRow[] = await this.db.manager.query(`SELECT ${COLUMNS} FROM quote q WHERE q.id = $1`, [id]);
    return row ? toQuote(row) : null;
  }

  async listByLead(leadId: string): Promise<Quote[]> {
    const rows: QuoteRow[] = await this.db.manager.query(`SELECT ${COLUMNS} FROM quote q WHERE q.lead_id = $1 ORDER BY q.created_at DESC, q.id`, [leadId]);
    return rows.map(toQuote);
  }

  async nextNumber(year: number): Promise<number> {
    const [row]: { last_number: number }[] = await this.db.manager.query(
      `INSERT INTO quote_number_sequence (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = quote_number_sequence.last_number + 1
       RETURNING last_number`,
      [year],
    );
    return row!.last_number;
  }

  async insert(quote: Quote): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO quote (id, lead_id, number, revision, status, quote_date, valid_until, notes, lines, created_by, sent_at, sent_by,
                          decided_at, decision_reason, version, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [quote.id, quote.leadId, quote.number, ...mutableValues(quote), quote.createdBy, quote.sentAt, quote.sentBy, quote.decidedAt, quote.decisionReason, quote.version, quote.createdAt, quote.updatedAt],
    );
  }

  async update(quote: Quote, expectedVersion: number): Promise<boolean> {
    const [, affected] = await this.db.manager.query(
      `UPDATE quote SET revision = $2, status = $3, quote_date = $4, valid_until = $5, notes = $6, lines = $7, sent_at = $8, sent_by = $9,
                        decided_at = $10, decision_reason = $11, version = $12, updated_at = $13
       WHERE id = $1 AND version = $14`,
      [quote.id, ...mutableValues(quote), quote.sentAt, quote.sentBy, quote.decidedAt, quote.decisionReason, quote.version, quote.updatedAt, expectedVersion],
    );
    return affected === 1;
  }

  async insertRevision(revision: QuoteRevision): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO quote_revision (quote_id, revision, quote_date, valid_until, notes, lines, sent_at, sent_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [revision.quoteId, revision.revision, revision.quoteDate, revision.validUntil, revision.notes, JSON.stringify(revision.lines), revision.sentAt, revision.sentBy],
    );
  }

  async listRevisions(quoteId: string): Promise<QuoteRevision[]> {
    const rows: RevisionRow[] = await this.db.manager.query(
      `SELECT quote_id, revision, to_char(quote_date, 'YYYY-MM-DD') AS quote_date, to_char(valid_until, 'YYYY-MM-DD') AS valid_until,
              notes, lines, sent_at, sent_by
       FROM quote_revision WHERE quote_id = $1 ORDER BY revision`,
      [quoteId],
    );
    return rows.map((row) => ({
      quoteId: row.quote_id,
      revision: row.revision,
      quoteDate: row.quote_date,
      validUntil: row.valid_until,
      notes: row.notes,
      lines: row.lines,
      sentAt: row.sent_at,
      sentBy: row.sent_by,
    }));
  }
}

function mutableValues(quote: Quote): unknown[] {
  return [quote.revision, quote.status, quote.quoteDate, quote.validUntil, quote.notes, JSON.stringify(quote.lines)];
}

function toQuote(row: QuoteRow): Quote {
  return {
    id: row.id,
    leadId: row.lead_id,
    number: row.number,
    revision: row.revision,
    status: row.status,
    quoteDate: row.quote_date,
    validUntil: row.valid_until,
    notes: row.notes,
    lines: row.lines,
    createdBy: row.created_by,
    sentAt: row.sent_at,
    sentBy: row.sent_by,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
