import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { MergedRelationReferences, MergedRelationReferencesRegistry, type MovedReferences, type RelationKind } from '@gemeente-crm/relations-core';

/**
 * When two relations are merged, the imported e-mails of the one that disappears count as
 * imported on the survivor, so importing the same message there again is still recognised.
 * (The contact moments themselves move with InteractionsMergedReferences.) A message imported
 * on both keeps the survivor's record; the other keeps pointing at the merged relation.
 */
@Injectable()
export class EmailMergedReferences extends MergedRelationReferences implements OnModuleInit {
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
    await this.db.manager.query(
      `UPDATE email_message e SET relation_id = $3 WHERE e.relation_type = $1 AND e.relation_id = $2
         AND NOT EXISTS (SELECT 1 FROM email_message s WHERE s.relation_type = $1 AND s.relation_id = $3 AND s.message_key = e.message_key)`,
      [relation, fromId, toId],
    );
    // Counted as contact moments already: nothing to add to the merge summary.
    return [];
  }

  async count(): Promise<MovedReferences[]> {
    return [];
  }
}
