import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { MergedRelationReferences, type MovedReferences, type RelationKind } from '@gemeente-crm/relations-core';

/**
 * The relations domain's own references: contact-person links. A link the survivor already
 * has (same organisation and person) stays on the merged record, read-only like the rest of it.
 */
@Injectable()
export class ContactPersonMergedReferences extends MergedRelationReferences {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async move(relation: RelationKind, fromId: string, toId: string): Promise<MovedReferences[]> {
    const [column, other] = relation === 'organisation' ? ['organisation_id', 'person_id'] : ['person_id', 'organisation_id'];
    const [, moved]: [unknown, number] = await this.db.manager.query(
      `UPDATE contact_person c SET ${column} = $2
        WHERE c.${column} = $1
          AND NOT EXISTS (SELECT 1 FROM contact_person s WHERE s.${column} = $2 AND s.${other} = c.${other})`,
      [fromId, toId],
    );
    return [{ kind: 'contact-person', count: moved ?? 0 }];
  }

  async count(relation: RelationKind, fromId: string): Promise<MovedReferences[]> {
    const column = relation === 'organisation' ? 'organisation_id' : 'person_id';
    const [row]: { count: number }[] = await this.db.manager.query(`SELECT count(*)::int AS count FROM contact_person WHERE ${column} = $1`, [fromId]);
    return [{ kind: 'contact-person', count: row?.count ?? 0 }];
  }
}
