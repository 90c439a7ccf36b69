import type { Page } from '@gemeente-crm/api-kernel';
import { type Organisation, type OrganisationSummary, toOrganisationSummary } from '../organisations/organisation.js';
import type { OrganisationQuery } from '../organisations/organisation-query.js';
import { OrganisationRepository } from '../organisations/organisation-repository.js';
import type { RollbackableStore } from '@gemeente-crm/api-kernel/testing';

/** Test double of OrganisationRepository with the same observable semantics as the PostgreSQL adapter. */
export class InMemoryOrganisationRepository extends OrganisationRepository implements RollbackableStore {
  private rows = new Map<string, Organisation>();
  /** Number of successful inserts and updates, to assert that nothing was written. */
  writes = 0;

  async findById(id: string): Promise<Organisation | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async insert(organisation: Organisation): Promise<void> {
    this.rows.set(organisation.id, structuredClone(organisation));
    this.writes += 1;
  }

  async update(organisation: Organisation, expectedVersion: number): Promise<boolean> {
    const stored = this.rows.get(organisation.id);
    if (!stored || stored.version !== expectedVersion) return false;
    this.rows.set(organisation.id, structuredClone(organisation));
    this.writes += 1;
    return true;
  }

  async findByKvk(kvkNumber: string, vestigingsnummer: string | null): Promise<Organisation | null> {
    const row = [...this.rows.values()].find((candidate) => candidate.kvkNumber === kvkNumber && candidate.vestigingsnummer === vestigingsnummer);
    return row ? structuredClone(row) : null;
  }

  async search(query: OrganisationQuery): Promise<Page<OrganisationSummary>> {
    const text = query.q?.toLowerCase();
    const matches = [...this.rows.values()].filter(
      (row) =>
        (query.includeArchived || row.archivedAt === null) &&
        (!text || [row.name, row.kvkNumber, row.visitingAddress?.city, row.email].some((value) => value?.toLowerCase().includes(text))) &&
        (!query.relationType || row.relationTypes.includes(query.relationType)) &&
        (!query.tag || row.tags.includes(query.tag)) &&
        (!query.ownerId || row.ownerId === query.ownerId) &&
        (!query.status || row.status === query.status) &&
        (!query.city || row.visitingAddress?.city?.toLowerCase() === query.city.toLowerCase()),
    );
    const key = (row: Organisation): string =>
      query.sort.field === 'city'
        ? (row.visitingAddress?.city ?? '')
        : query.sort.field === 'updatedAt'
          ? row.updatedAt.toISOString()
          : query.sort.field === 'relevance'
            ? String(Number(row.name.toLowerCase().startsWith(text ?? '')))
            : row.name;
    const sign = query.sort.direction === 'asc' ? 1 : -1;
    matches.sort((a, b) => sign * key(a).localeCompare(key(b)) || a.name.localeCompare(b.name));
    const start = (query.page - 1) * query.pageSize;
    return {
      items: matches.slice(start, start + query.pageSize).map((row) => structuredClone(toOrganisationSummary(row))),
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

  /** Stored rows as they are, for assertions. */
  all(): Organisation[] {
    return [...this.rows.values()].map((row) => structuredClone(row));
  }
}
