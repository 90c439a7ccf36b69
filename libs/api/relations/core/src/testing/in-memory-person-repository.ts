import type { Page } from '@gemeente-crm/api-kernel';
import type { Person, PersonSummary } from '../persons/person.js';
import type { PersonQuery } from '../persons/person-query.js';
import { PersonRepository } from '../persons/person-repository.js';
import { toPersonSummary } from '../persons/person-summary.js';
import { personDisplayName, personSortName } from '../rules/person-name.js';
import type { RollbackableStore } from '@gemeente-crm/api-kernel/testing';

/** Test double of PersonRepository (no encryption: that is the PostgreSQL adapter's business). */
export class InMemoryPersonRepository extends PersonRepository implements RollbackableStore {
  private rows = new Map<string, Person>();
  writes = 0;

  async findById(id: string): Promise<Person | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async insert(person: Person): Promise<void> {
    this.rows.set(person.id, structuredClone(person));
    this.writes += 1;
  }

  async update(person: Person, expectedVersion: number): Promise<boolean> {
    const stored = this.rows.get(person.id);
    if (!stored || stored.version !== expectedVersion) return false;
    this.rows.set(person.id, structuredClone(person));
    this.writes += 1;
    return true;
  }

  async findByBsn(bsn: string): Promise<Person | null> {
    const row = [...this.rows.values()].find((candidate) => candidate.bsn === bsn);
    return row ? structuredClone(row) : null;
  }

  async search(query: PersonQuery): Promise<Page<PersonSummary>> {
    const text = query.q?.toLowerCase();
    const matches = [...this.rows.values()].filter(
      (row) =>
        (query.includeArchived || row.archivedAt === null) &&
        (!text || [personDisplayName(row), row.email, row.postalAddress?.city].some((value) => value?.toLowerCase().includes(text))),
    );
    const key = (row: Person): string => (query.sort.field === 'updatedAt' ? row.updatedAt.toISOString() : personSortName(row));
    const sign = query.sort.direction === 'asc' ? 1 : -1;
    matches.sort((a, b) => sign * key(a).localeCompare(key(b)));
    const start = (query.page - 1) * query.pageSize;
    return {
      items: matches.slice(start, start + query.pageSize).map(toPersonSummary),
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

  all(): Person[] {
    return [...this.rows.values()].map((row) => structuredClone(row));
  }
}
