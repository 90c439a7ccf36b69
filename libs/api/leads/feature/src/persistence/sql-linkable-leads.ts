import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type LinkableLead, LinkableLeads } from '@gemeente-crm/interactions-core';

/** The leads domain's answer to "does this lead exist, and whom is it about?" for contact-moment and task links. */
@Injectable()
export class SqlLinkableLeads extends LinkableLeads {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async find(id: string): Promise<LinkableLead | null> {
    const [row]: { title: string; status: string; relation_type: 'organisation' | 'person'; relation_id: string }[] = await this.db.manager.query(
      'SELECT title, status, relation_type, relation_id FROM lead WHERE id = $1',
      [id],
    );
    return row ? { title: row.title, closed: row.status !== 'open', relation: { objectType: row.relation_type, objectId: row.relation_id } } : null;
  }
}
