import type { Page } from '@gemeente-crm/api-kernel';
import { UseCase } from '../shared/use-case.js';
import { type DuplicatePair, type DuplicatePairQuery, DuplicatePairRepository } from './duplicate-pairs.js';

/** The "Mogelijke dubbelen" list: likely pairs, best first, without dismissed or archived ones. */
@UseCase()
export class ListDuplicatePairs {
  constructor(private readonly pairs: DuplicatePairRepository) {}

  execute(query: DuplicatePairQuery): Promise<Page<DuplicatePair>> {
    return this.pairs.list(query);
  }
}
