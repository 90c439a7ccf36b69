import { MergedRelationReferences, type MovedReferences, type RelationKind } from '../duplicates/merged-relation-references.js';
import type { RollbackableStore } from '@gemeente-crm/api-kernel/testing';

interface Reference {
  id: string;
  kind: string;
  relation: RelationKind;
  relationId: string;
}

/**
 * Test double of one domain's MergedRelationReferences (say the tasks of the interactions
 * domain): records that point at a relation, re-pointed by `move`. Enlist it in the
 * transaction so a failed merge leaves the references where they were.
 */
export class InMemoryMergedReferences extends MergedRelationReferences implements RollbackableStore {
  private references: Reference[] = [];

  /** A record of `kind` (e.g. 'task') pointing at the relation; returns its id. */
  add(kind: string, relation: RelationKind, relationId: string): string {
    const id = `${kind}-${this.references.length + 1}`;
    this.references.push({ id, kind, relation, relationId });
    return id;
  }

  /** Where the record with this id points now. */
  relationOf(id: string): string | undefined {
    return this.references.find((reference) => reference.id === id)?.relationId;
  }

  async move(relation: RelationKind, fromId: string, toId: string): Promise<MovedReferences[]> {
    const moving = this.references.filter((reference) => reference.relation === relation && reference.relationId === fromId);
    this.references = this.references.map((reference) => (moving.includes(reference) ? { ...reference, relationId: toId } : reference));
    return countByKind(moving);
  }

  async count(relation: RelationKind, fromId: string): Promise<MovedReferences[]> {
    return countByKind(this.references.filter((reference) => reference.relation === relation && reference.relationId === fromId));
  }

  snapshot(): () => void {
    const saved = [...this.references];
    return () => {
      this.references = saved;
    };
  }
}

function countByKind(references: readonly Reference[]): MovedReferences[] {
  const counts = new Map<string, number>();
  for (const reference of references) counts.set(reference.kind, (counts.get(reference.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}
