import { TransactionManager } from '../transaction-manager.js';

/** A store that can take part in an in-memory transaction: it can undo everything since a snapshot. */
export interface RollbackableStore {
  /** Returns a function that puts the store back as it is now. */
  snapshot(): () => void;
}

/**
 * Test double of the TransactionManager port that, like a database transaction, undoes all
 * writes to the enlisted stores when the work throws — so tests can check that a rejected
 * change leaves nothing behind, whatever order the use case wrote in.
 */
export class InMemoryTransactionManager extends TransactionManager {
  private depth = 0;
  runs = 0;

  constructor(private readonly stores: readonly RollbackableStore[]) {
    super();
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.depth > 0) return work();
    this.runs += 1;
    const rollbacks = this.stores.map((store) => store.snapshot());
    this.depth += 1;
    try {
      return await work();
    } catch (error) {
      for (const rollback of rollbacks) rollback();
      throw error;
    } finally {
      this.depth -= 1;
    }
  }
}
