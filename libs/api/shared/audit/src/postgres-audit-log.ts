import { Injectable } from '@nestjs/common';
import { type AuditEntry, AuditLog, Clock } from '@gemeente-crm/api-kernel';
import { DatabaseContext, type TransactionBuffer } from '@gemeente-crm/api-database';
import type { EntityManager } from 'typeorm';
import { auditEventHash, type ChainedAuditEvent, GENESIS_HASH } from './audit-chain.js';

/** Serialises appends so every event links to the one committed before it. */
const AUDIT_CHAIN_LOCK = 7_310_001;

/** Events per INSERT statement: 13 parameters each, well under PostgreSQL's 65 535. */
const INSERT_CHUNK = 1_000;

/**
 * Appends to the hash-chained audit trail. Events are collected in the caller's transaction
 * and appended together just before it commits: one lock, one look-up of the last hash and one
 * INSERT per transaction rather than per event, and the chain's lock is held only from that
 * moment to the commit — not for the whole transaction — so a long import never keeps someone
 * saving a form waiting.
 */
@Injectable()
export class PostgresAuditLog extends AuditLog {
  constructor(
    private readonly db: DatabaseContext,
    private readonly clock: Clock,
  ) {
    super();
  }

  record(entry: AuditEntry): Promise<void> {
    // Within the caller's transaction when there is one, so the event commits with the change.
    return this.db.transaction(async () => {
      this.db.buffer(this, () => new PendingAuditEvents(this.clock)).add(entry);
    });
  }
}

class PendingAuditEvents implements TransactionBuffer {
  private entries: AuditEntry[] = [];

  constructor(private readonly clock: Clock) {}

  add(entry: AuditEntry): void {
    this.entries.push(entry);
  }

  mark(): number {
    return this.entries.length;
  }

  rollbackTo(mark: number): void {
    this.entries = this.entries.slice(0, mark);
  }

  async flush(manager: EntityManager): Promise<void> {
    const entries = this.entries;
    this.entries = [];
    if (entries.length === 0) return;
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [last] = await manager.query('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1');
    const allocated: { id: string }[] = await manager.query(`SELECT nextval('audit_event_id_seq')::text AS id FROM generate_series(1, $1::int)`, [
      entries.length,
    ]);
    const ids = allocated.map((row) => BigInt(row.id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // The moment of appending, which is the commit's: ids and times then rise together.
    const occurredAt = this.clock.now();
    let previousHash = (last?.hash as string | undefined) ?? GENESIS_HASH;
    const rows: unknown[][] = entries.map((entry, i) => {
      const event: ChainedAuditEvent = {
        id: ids[i]!.toString(),
        occurredAt,
        actorId: entry.context.actor.id,
        actorName: entry.context.actor.displayName,
        action: entry.action,
        objectType: entry.objectType,
        objectId: entry.objectId,
        changes: entry.changes ?? {},
        reason: entry.context.reason ?? null,
        requestId: entry.context.requestId ?? null,
        client: entry.context.client ?? null,
        previousHash,
      };
      const hash = auditEventHash(event);
      previousHash = hash;
      return [
        event.id,
        event.occurredAt,
        event.actorId,
        event.actorName,
        event.action,
        event.objectType,
        event.objectId,
        JSON.stringify(event.changes),
        event.reason,
        event.requestId,
        event.client,
        event.previousHash,
        hash,
      ];
    });
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const chunk = rows.slice(start, start + INSERT_CHUNK);
      const values = chunk.map((row, r) => `(${row.map((_, c) => `$${r * row.length + c + 1}`).join(', ')})`).join(', ');
      await manager.query(
        `INSERT INTO audit_event (id, occurred_at, actor_id, actor_name, action, object_type, object_id, changes,
                                  reason, request_id, client, previous_hash, hash)
         VALUES ${values}`,
        chunk.flat(),
      );
    }
  }
}
