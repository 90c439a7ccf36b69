import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit event that its hash covers. */
export interface ChainedAuditEvent {
  id: string;
  occurredAt: Date;
  actorId: string;
  actorName: string;
  action: string;
  objectType: string;
  objectId: string;
  changes: unknown;
  reason: string | null;
  requestId: string | null;
  client: string | null;
  previousHash: string;
}

/**
 * JSON with object keys sorted at every level, so a value read back from `jsonb` (which
 * reorders keys) hashes the same as the value that was written.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function auditEventHash(event: ChainedAuditEvent): string {
  return createHash('sha256')
    .update(
      canonicalJson([
        event.id,
        event.occurredAt.toISOString(),
        event.actorId,
        event.actorName,
        event.action,
        event.objectType,
        event.objectId,
        event.changes ?? {},
        event.reason,
        event.requestId,
        event.client,
        event.previousHash,
      ]),
    )
    .digest('hex');
}
