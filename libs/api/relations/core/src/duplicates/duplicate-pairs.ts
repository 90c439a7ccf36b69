import type { Page, PageRequest } from '@gemeente-crm/api-kernel';
import type { DuplicateCandidate, DuplicateReason } from './duplicate-finder.js';
import type { RelationKind } from './merged-relation-references.js';

/** A likely duplicate pair as the list shows it; `a.id` < `b.id`. */
export interface DuplicatePair {
  kind: RelationKind;
  a: { id: string; name: string };
  b: { id: string; name: string };
  score: number;
  reasons: DuplicateReason[];
  foundAt: Date;
}

export interface DuplicatePairQuery extends PageRequest {
  kind: RelationKind;
}

/** One record as the duplicate scan probes it. */
export interface ScannedRecord {
  id: string;
  name: string;
  postcode: string | null;
  kvkNumber: string | null;
  vestigingsnummer: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
}

/** Both ids of a pair in storage order, so (a, b) and (b, a) are one pair. */
export function pairKey(firstId: string, secondId: string): [string, string] {
  return firstId < secondId ? [firstId, secondId] : [secondId, firstId];
}

/**
 * The stored duplicate pairs and "geen dubbel" dismissals. The scan rewrites pairs record by
 * record; the list never shows a dismissed pair or one with an archived (or merged) side.
 */
export abstract class DuplicatePairRepository {
  /** Best score first. */
  abstract list(query: DuplicatePairQuery): Promise<Page<DuplicatePair>>;

  /** A page of active records after `afterId` in id order, for the scan. */
  abstract scanBatch(kind: RelationKind, afterId: string | null, size: number): Promise<ScannedRecord[]>;

  /** Stores (or refreshes) the pairs of one record, stamped with the scan's start. */
  abstract savePairs(kind: RelationKind, recordId: string, candidates: DuplicateCandidate[], scanStartedAt: Date): Promise<void>;

  /** Removes pairs the scan that started at `scanStartedAt` no longer found. */
  abstract removePairsOlderThan(kind: RelationKind, scanStartedAt: Date): Promise<number>;

  /** False when the pair was dismissed already. */
  abstract dismiss(kind: RelationKind, aId: string, bId: string, at: Date, byId: string): Promise<boolean>;

  /** The ids (of `candidateIds`) dismissed as "geen dubbel" of `recordId`. */
  abstract dismissedOf(kind: RelationKind, recordId: string, candidateIds: string[]): Promise<Set<string>>;
}
