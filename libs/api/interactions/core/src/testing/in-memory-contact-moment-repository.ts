import type { Page } from '@gemeente-crm/api-kernel';
import { type ContactMoment, type ContactMomentSummary, toContactMomentSummary } from '../contact-moments/contact-moment.js';
import type { ContactMomentQuery } from '../contact-moments/contact-moment-query.js';
import { ContactMomentRepository } from '../contact-moments/contact-moment-repository.js';
import { refKey } from '../links/object-ref.js';
import type { RollbackableStore } from '@gemeente-crm/api-kernel/testing';

/** Test double of ContactMomentRepository with the same observable semantics as the PostgreSQL adapter. */
export class InMemoryContactMomentRepository extends ContactMomentRepository implements RollbackableStore {
  private rows = new Map<string, ContactMoment>();
  writes = 0;

  async findById(id: string): Promise<ContactMoment | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async insert(moment: ContactMoment): Promise<void> {
    this.rows.set(moment.id, structuredClone(moment));
    this.writes += 1;
  }

  async update(moment: ContactMoment, expectedVersion: number): Promise<boolean> {
    const stored = this.rows.get(moment.id);
    if (!stored || stored.version !== expectedVersion) return false;
    this.rows.set(moment.id, structuredClone(moment));
    this.writes += 1;
    return true;
  }

  async search(query: ContactMomentQuery): Promise<Page<ContactMomentSummary>> {
    const q = query.q?.toLowerCase();
    const matches = [...this.rows.values()]
      .filter(
        (row) =>
          (query.includeArchived || row.archivedAt === null) &&
          (!query.linkedTo || row.links.some((link) => refKey(link) === refKey(query.linkedTo!))) &&
          (!query.channel || row.channel === query.channel) &&
          (!query.direction || row.direction === query.direction) &&
          (!query.participantId || row.participantIds.includes(query.participantId)) &&
          (!query.from || row.occurredAt >= query.from) &&
          (!query.to || row.occurredAt < query.to) &&
          (!q || `${row.subject} ${row.notesText ?? ''}`.toLowerCase().includes(q)),
      )
      .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || b.id.localeCompare(a.id));
    const start = (query.page - 1) * query.pageSize;
    return {
      items: matches.slice(start, start + query.pageSize).map((row) => structuredClone(toContactMomentSummary(row))),
      page: query.page,
      pageSize: query.pageSize,
      total: matches.length,
    };
  }

  snapshot(): () => void {
    const saved = new Map(this.rows);
    const writes = this.writes;
    return () => {
      this.rows = saved;
      this.writes = writes;
    };
  }

  all(): ContactMoment[] {
    return [...this.rows.values()].map((row) => structuredClone(row));
  }
}
