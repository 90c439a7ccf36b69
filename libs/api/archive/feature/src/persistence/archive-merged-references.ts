import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { DocumentRepository } from '@gemeente-crm/archive-core';
import { MergedRelationReferences, MergedRelationReferencesRegistry, type MovedReferences, type RelationKind } from '@gemeente-crm/relations-core';

/**
 * When two relations are merged, the documents of the one that disappears are re-filed on the
 * survivor. Registers itself with the relations domain at start-up, so relations does not
 * depend on the archive.
 */
@Injectable()
export class ArchiveMergedReferences extends MergedRelationReferences implements OnModuleInit {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly db: DatabaseContext,
    private readonly registry: MergedRelationReferencesRegistry,
  ) {
    super();
  }

  onModuleInit(): void {
    this.registry.register(this);
  }

  async move(relation: RelationKind, fromId: string, toId: string): Promise<MovedReferences[]> {
    const moved = await this.documents.moveLinks({ objectType: relation, objectId: fromId }, { objectType: relation, objectId: toId });
    return [{ kind: 'document', count: moved.length }];
  }

  async count(relation: RelationKind, fromId: string): Promise<MovedReferences[]> {
    const [row]: { n: number }[] = await this.db.manager.query('SELECT count(*)::int AS n FROM document_link WHERE object_type = $1 AND object_id = $2', [
      relation,
      fromId,
    ]);
    return [{ kind: 'document', count: row?.n ?? 0 }];
  }
}
