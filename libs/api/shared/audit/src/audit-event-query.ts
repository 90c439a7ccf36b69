import type { PageRequest } from '@gemeente-crm/api-kernel';

export interface AuditEventQuery extends PageRequest {
  objectType?: string;
  objectId?: string;
  /** Any of these objects (with objectType); e.g. a record and the records merged into it. */
  objectIds?: string[];
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

export interface AuditEventView {
  id: string;
  occurredAt: string;
  actorId: string;
  actorName: string;
  action: string;
  objectType: string;
  objectId: string;
  changes: Record<string, unknown>;
  reason: string | null;
  requestId: string | null;
  client: string | null;
}

export interface ChainVerification {
  valid: boolean;
  checked: number;
  /** The first event whose hash or link does not match, if any. */
  firstBroken: { id: string; problem: 'hash-mismatch' | 'broken-link' } | null;
}
