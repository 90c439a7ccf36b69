import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';

/**
 * Open leads whose score is missing or older than a change to what it is computed from: the
 * lead itself (edits, stage moves), its organisation, a contact moment linked to the relation or
 * the lead, or a task of the relation or the lead. This way other domains need not know about
 * scoring. (The leads use cases also queue a rescore of the lead itself, so that shows sooner.)
 */
@Injectable()
export class SqlChangedLeads {
  constructor(private readonly db: DatabaseContext) {}

  async find(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT l.id FROM lead l
       LEFT JOIN lead_score sc ON sc.lead_id = l.id
       LEFT JOIN organisation o ON l.relation_type = 'organisation' AND o.id = l.relation_id
       WHERE l.status = 'open' AND (
         sc.lead_id IS NULL OR sc.computed_at < l.updated_at OR sc.computed_at < o.updated_at
         OR EXISTS (SELECT 1 FROM interaction_link m JOIN contact_moment c ON c.id = m.contact_moment_id
                    WHERE ((m.object_type = l.relation_type AND m.object_id = l.relation_id) OR (m.object_type = 'lead' AND m.object_id = l.id))
                      AND c.updated_at > sc.computed_at)
         OR EXISTS (SELECT 1 FROM task k WHERE ((k.relation_type = l.relation_type AND k.relation_id = l.relation_id) OR (k.regarding_type = 'lead' AND k.regarding_id = l.id))
                      AND k.updated_at > sc.computed_at))
       ORDER BY l.id LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }
}
