import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { MergedRelationReferences, MergedRelationReferencesRegistry, type MovedReferences, type RelationKind } from '@gemeente-crm/relations-core';

/**
 * Moves contact moments and tasks of a merged relation to the surviving one. Registers itself
 * with the relations domain at start-up, so relations does not depend on interactions.
 */
@Injectable()
export class InteractionsMergedReferences extends MergedRelationReferences implements OnModuleInit {
  constructor(
    private readonly db: DatabaseContext,
    private readonly registry: MergedRelationReferencesRegistry,
  ) {
    super();
  }

  onModuleInit(): void {
    this.registry.register(this);
  }

  async move(relation: RelationKind, fromId: string, toId: string): Promise<MovedReferences[]> {
    const manager = this.db.manager;
    // New versions for the moments whose links change, so an edit begun before the merge
    // (which would write the old links back) gets a 412 instead.
    // An UPDATE answers [rows, affected count].
    const [, moments]: [unknown, number] = await manager.query(
      `UPDATE contact_moment SET version = version + 1
        WHERE id IN (SELECT contact_moment_id FROM interaction_link WHERE object_type = $1 AND object_id = $2)`,
      [relation, fromId],
    );
    // A moment about both records keeps one link, to the survivor.
    await manager.query(
      `DELETE FROM interaction_link l WHERE l.object_type = $1 AND l.object_id = $2
        AND EXISTS (SELECT 1 FROM interaction_link s WHERE s.contact_moment_id = l.contact_moment_id AND s.object_type = $1 AND s.object_id = $3)`,
      [relation, fromId, toId],
    );
    await manager.query('UPDATE interaction_link SET object_id = $3 WHERE object_type = $1 AND object_id = $2', [relation, fromId, toId]);
    const [, tasks]: [unknown, number] = await manager.query(
      'UPDATE task SET relation_id = $3, version = version + 1 WHERE relation_type = $1 AND relation_id = $2',
      [relation, fromId, toId],
    );
    return [
      { kind: 'contact-moment', count: moments ?? 0 },
      { kind: 'task', count: tasks ?? 0 },
    ];
  }

  async count(relation: RelationKind, fromId: string): Promise<MovedReferences[]> {
    const [row]: { moments: number; tasks: number }[] = await this.db.manager.query(
      `SELECT (SELECT count(*)::int FROM interaction_link WHERE object_type = $1 AND object_id = $2) AS moments,
              (SELECT count(*)::int FROM task WHERE relation_type = $1 AND relation_id = $2) AS tasks`,
      [relation, fromId],
    );
    return [
      { kind: 'contact-moment', count: row?.moments ?? 0 },
      { kind: 'task', count: row?.tasks ?? 0 },
    ];
  }
}
