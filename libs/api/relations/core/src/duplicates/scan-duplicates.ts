import { Clock } from '@gemeente-crm/api-kernel';
import { UseCase } from '../shared/use-case.js';
import { DuplicateFinder } from './duplicate-finder.js';
import { DuplicatePairRepository, type ScannedRecord } from './duplicate-pairs.js';
import { RELATION_KINDS, type RelationKind } from './merged-relation-references.js';

/** Records read per batch; each is then looked up on its own with bounded, indexed queries. */
export const SCAN_BATCH_SIZE = 500;
/** Candidates stored per record; the list shows pairs, so a big group still shows up in full. */
const CANDIDATES_PER_RECORD = 10;

export interface DuplicateScanResult {
  kind: RelationKind;
  scanned: number;
  pairs: number;
  removed: number;
}

/**
 * Computes the duplicate list: for every active record its best candidates (DuplicateFinder),
 * stored as pairs. Never compares all pairs: the work is one bounded, indexed lookup per
 * record, so it grows linearly (measurements in docs/duplicates-and-merge.md). Runs as a
 * nightly job; pairs the run no longer finds go.
 */
@UseCase()
export class ScanDuplicates {
  constructor(
    private readonly finder: DuplicateFinder,
    private readonly pairs: DuplicatePairRepository,
    private readonly clock: Clock,
  ) {}

  async execute(kinds: readonly RelationKind[] = RELATION_KINDS): Promise<DuplicateScanResult[]> {
    const results: DuplicateScanResult[] = [];
    for (const kind of kinds) results.push(await this.scan(kind));
    return results;
  }

  private async scan(kind: RelationKind): Promise<DuplicateScanResult> {
    const startedAt = this.clock.now();
    let afterId: string | null = null;
    let scanned = 0;
    let pairs = 0;
    for (;;) {
      const batch: ScannedRecord[] = await this.pairs.scanBatch(kind, afterId, SCAN_BATCH_SIZE);
      for (const record of batch) {
        const candidates =
          kind === 'organisation'
            ? await this.finder.organisationCandidates(
                { name: record.name, postcode: record.postcode, kvkNumber: record.kvkNumber, vestigingsnummer: record.vestigingsnummer, excludeId: record.id },
                CANDIDATES_PER_RECORD,
              )
            : await this.finder.personCandidates(
                { email: record.email, firstName: record.firstName, lastName: record.lastName, excludeId: record.id },
                CANDIDATES_PER_RECORD,
              );
        await this.pairs.savePairs(kind, record.id, candidates, startedAt);
        pairs += candidates.length;
      }
      scanned += batch.length;
      if (batch.length < SCAN_BATCH_SIZE) break;
      afterId = batch[batch.length - 1]!.id;
    }
    const removed = await this.pairs.removePairsOlderThan(kind, startedAt);
    return { kind, scanned, pairs, removed };
  }
}
