/** Which kind of relation is being merged. */
export const RELATION_KINDS = ['organisation', 'person'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** How many references of one kind a merge moves (or would move), e.g. `{ kind: 'task', count: 3 }`. */
export interface MovedReferences {
  /** Stable code, e.g. 'contact-person', 'contact-moment', 'task', 'document'. */
  kind: string;
  count: number;
}

/**
 * Something outside the relation record itself that points at a relation: contact-person
 * links, contact moments, tasks, documents... Each domain implements one for its own tables
 * and registers it in the MergedRelationReferencesRegistry at start-up, so the relations
 * domain can merge without depending on the domains that refer to it.
 */
export abstract class MergedRelationReferences {
  /**
   * Re-points every reference to `fromId` at `toId`. Runs inside the merge transaction; must
   * bump the version of records it changes, so an edit started before the merge gets a 412
   * instead of silently pointing back at the merged record.
   */
  abstract move(relation: RelationKind, fromId: string, toId: string): Promise<MovedReferences[]>;

  /** What `move` would move: the summary staff see before they confirm a merge. */
  abstract count(relation: RelationKind, fromId: string): Promise<MovedReferences[]>;
}

/**
 * The MergedRelationReferences of every domain. Feature modules register theirs in
 * `onModuleInit`; the merge use cases ask all of them.
 */
export class MergedRelationReferencesRegistry {
  private readonly entries: MergedRelationReferences[] = [];

  register(references: MergedRelationReferences): void {
    if (!this.entries.includes(references)) this.entries.push(references);
  }

  all(): readonly MergedRelationReferences[] {
    return this.entries;
  }

  async move(relation: RelationKind, fromId: string, toId: string): Promise<MovedReferences[]> {
    const moved: MovedReferences[] = [];
    // One after the other: they share the merge transaction's connection.
    for (const references of this.entries) moved.push(...(await references.move(relation, fromId, toId)));
    return mergeCounts(moved);
  }

  async count(relation: RelationKind, fromId: string): Promise<MovedReferences[]> {
    const counted: MovedReferences[] = [];
    for (const references of this.entries) counted.push(...(await references.count(relation, fromId)));
    return mergeCounts(counted);
  }
}

function mergeCounts(items: MovedReferences[]): MovedReferences[] {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(item.kind, (totals.get(item.kind) ?? 0) + item.count);
  return [...totals].map(([kind, count]) => ({ kind, count }));
}
