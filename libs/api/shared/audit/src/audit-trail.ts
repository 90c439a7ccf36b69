import { Injectable } from '@nestjs/common';
import type { Page } from '@gemeente-crm/api-kernel';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { auditEventHash, GENESIS_HASH } from './audit-chain.js';
import type { AuditEventQuery, AuditEventView, ChainVerification } from './audit-event-query.js';

interface AuditEventRow {
  id: string;
  occurred_at: Date;
  actor_id: string;
  actor_name: string;
  action: string;
  object_type: string;
  object_id: string;
  changes: Record<string, unknown>;
  reason: string | null;
  request_id: string | null;
  client: string | null;
  previous_hash: string;
  hash: string;
}

const VERIFY_BATCH = 5_000;

/** Reading the audit trail: for auditors, for a record's history, and to verify the chain. */
@Injectable()
export class AuditTrail {
  constructor(private readonly db: DatabaseContext) {}

  async find(query: AuditEventQuery): Promise<Page<AuditEventView>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.objectType) add('object_type = ?', query.objectType);
    if (query.objectId) add('object_id = ?', query.objectId);
    if (query.objectIds?.length) add('object_id = ANY(?)', query.objectIds);
    if (query.actorId) add('actor_id = ?', query.actorId);
    if (query.action) add('action = ?', query.action);
    if (query.from) add('occurred_at >= ?', query.from);
    if (query.to) add('occurred_at < ?', query.to);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const offset = (query.page - 1) * query.pageSize;
    const [rows, [{ total }]] = await Promise.all([
      this.db.manager.query(`SELECT * FROM audit_event ${filter} ORDER BY id DESC LIMIT ${query.pageSize} OFFSET ${offset}`, params),
      this.db.manager.query(`SELECT count(*)::int AS total FROM audit_event ${filter}`, params),
    ]);
    return { items: (rows as AuditEventRow[]).map(toView), page: query.page, pageSize: query.pageSize, total };
  }

  /** Walks the whole chain in id order and reports the first event that does not fit. */
  async verify(): Promise<ChainVerification> {
    let previousHash = GENESIS_HASH;
    let lastId = '0';
    let checked = 0;
    for (;;) {
      const rows: AuditEventRow[] = await this.db.manager.query(
        'SELECT * FROM audit_event WHERE id > $1 ORDER BY id LIMIT $2',
        [lastId, VERIFY_BATCH],
      );
      for (const row of rows) {
        if (row.previous_hash !== previousHash) return { valid: false, checked, firstBroken: { id: row.id, problem: 'broken-link' } };
        const expected = auditEventHash({
          id: row.id,
          occurredAt: row.occurred_at,
          actorId: row.actor_id,
          actorName: row.actor_name,
          action: row.action,
          objectType: row.object_type,
          objectId: row.object_id,
          changes: row.changes,
          reason: row.reason,
          requestId: row.request_id,
          client: row.client,
          previousHash: row.previous_hash,
        });
        if (expected !== row.hash) return { valid: false, checked, firstBroken: { id: row.id, problem: 'hash-mismatch' } };
        previousHash = row.hash;
        checked += 1;
      }
      if (rows.length < VERIFY_BATCH) return { valid: true, checked, firstBroken: null };
      lastId = rows[rows.length - 1]!.id;
    }
  }
}

function toView(row: AuditEventRow): AuditEventView {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    changes: row.changes,
    reason: row.reason,
    requestId: row.request_id,
    client: row.client,
  };
}
