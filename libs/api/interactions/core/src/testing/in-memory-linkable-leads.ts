import { randomUUID } from 'node:crypto';
import { type LinkableLead, LinkableLeads } from '../links/linkable-leads.js';

/** Test double of the leads domain's LinkableLeads. */
export class InMemoryLinkableLeads extends LinkableLeads {
  private rows = new Map<string, LinkableLead>();

  add(title = 'Vestiging distributiecentrum'): string {
    const id = randomUUID();
    this.rows.set(id, { title, closed: false });
    return id;
  }

  async find(id: string): Promise<LinkableLead | null> {
    return this.rows.get(id) ?? null;
  }
}
