import type { ChangeContext } from './change-context.js';

export type AuditAction = 'create' | 'update' | 'archive' | 'restore' | 'delete' | 'read' | 'link' | 'unlink' | 'import' | 'merge';

export interface FieldChange {
  old: unknown;
  new: unknown;
}

export interface AuditEntry {
  action: AuditAction;
  objectType: string;
  objectId: string;
  /** Changed fields with old and new values; empty for reads. */
  changes?: Record<string, FieldChange>;
  context: ChangeContext;
}

/** Append-only record of who did what, when and why (Q1). */
export abstract class AuditLog {
  abstract record(entry: AuditEntry): Promise<void>;
}
