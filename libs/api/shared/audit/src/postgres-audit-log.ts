import { Injectable } from '@nestjs/common';
import { type AuditEntry, AuditLog, Clock } from '@gemeente-crm/api-kernel';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { auditEventHash, GENESIS_HASH } from './audit-chain.js';

/** Serialises appends so every event links to the one committed before it. */
const AUDIT_CHAIN_LOCK = 7_310_001;

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
      const manager = this.db.manager;
      await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
      const [last] = await manager.query('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1');
      const [{ id }] = await manager.query(`SELECT nextval('audit_event_id_seq')::text AS id`);
      const event = {
        id: id as string,
        occurredAt: this.clock.now(),
        actorId: entry.context.actor.id,
        actorName: entry.context.actor.displayName,
        action: entry.action,
        objectType: entry.objectType,
        objectId: entry.objectId,
        changes: entry.changes ?? {},
        reason: entry.context.reason ?? null,
        requestId: entry.context.requestId ?? null,
        client: entry.context.client ?? null,
        previousHash: (last?.hash as string | undefined) ?? GENESIS_HASH,
      };
      await manager.query(
        `INSERT INTO audit_event (id, occurred_at, actor_id, actor_name, action, object_type, object_id, changes,
                                  reason, request_id, client, previous_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
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
          auditEventHash(event),
        ],
      );
    });
  }
}
