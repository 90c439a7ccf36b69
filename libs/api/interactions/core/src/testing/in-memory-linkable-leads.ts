import { randomUUID } from 'node:crypto';
import { type LinkableLead, LinkableLeads } from '../links/linkable-leads.js';
import type { RelationRef } from '../links/object-ref.js';

/** Test double of the leads domain's LinkableLeads. */
export class InMemoryLinkableLeads extends LinkableLeads {
  private rows = new Map<string, LinkableLead>();

  add(title = 'Vestiging distributiecentrum', relation: RelationRef | null = null): string {
    const id = randomUUID();
    this.rows.set(id, { title, closed: false, relation });
    return id;
  }

  async find(id: string): Promise<LinkableLead | null> {
    return this.rows.get(id) ?? null;
  }
}
