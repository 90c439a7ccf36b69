import { type AuditEntry, AuditLog } from '../audit-log.js';
import type { RollbackableStore } from './in-memory-transaction-manager.js';

export class InMemoryAuditLog extends AuditLog implements RollbackableStore {
  entries: AuditEntry[] = [];

  async record(entry: AuditEntry): Promise<void> {
    this.entries.push(structuredClone(entry));
  }

  snapshot(): () => void {
    const saved = [...this.entries];
    return () => {
      this.entries = saved;
    };
  }

  /** The last entry, for tests that care about one change. */
  last(): AuditEntry | undefined {
    return this.entries[this.entries.length - 1];
  }
}
