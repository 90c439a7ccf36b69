import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { TransactionManager } from '@gemeente-crm/api-kernel';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Writes a component collects during a transaction and makes in one go just before it commits
 * (the audit trail's events, for one). Savepoints are mirrored, so what was collected after a
 * savepoint that rolls back is dropped with the rows it described.
 */
export interface TransactionBuffer {
  /** Writes what was collected, in the transaction, right before the commit. */
  flush(manager: EntityManager): Promise<void>;
  /** A position to return to should the savepoint being taken roll back. */
  mark(): number;
  rollbackTo(mark: number): void;
}

interface ActiveTransaction {
  manager: EntityManager;
  buffers: Map<object, TransactionBuffer>;
  savepoints: number;
}

/**
 * Hands repositories the entity manager of the transaction they run in, if any, so a use case
 * can wrap several repositories and the audit log in one `TransactionManager.run` without
 * passing a manager around.
 */
@Injectable()
export class DatabaseContext {
  private readonly active = new AsyncLocalStorage<ActiveTransaction>();

  constructor(readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.active.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.active.getStore() !== undefined;
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return work();
    return this.dataSource.transaction((manager) => {
      const transaction: ActiveTransaction = { manager, buffers: new Map(), savepoints: 0 };
      return this.active.run(transaction, async () => {
        const result = await work();
        for (const buffer of transaction.buffers.values()) await buffer.flush(manager);
        return result;
      });
    });
  }

  /**
   * The current transaction's buffer for `key`, created on first use. Call inside `transaction`:
   * outside one there is nothing to flush at.
   */
  buffer<B extends TransactionBuffer>(key: object, create: () => B): B {
    const transaction = this.active.getStore();
    if (!transaction) throw new Error('A transaction buffer needs a transaction');
    let buffer = transaction.buffers.get(key);
    if (!buffer) {
      buffer = create();
      transaction.buffers.set(key, buffer);
    }
    return buffer as B;
  }

  /**
   * Runs `work` so that, should it throw, its writes are undone and the transaction goes on
   * (outside a transaction there is nothing to keep, and `work` just runs).
   */
  async savepoint<T>(work: () => Promise<T>): Promise<T> {
    const transaction = this.active.getStore();
    if (!transaction) return work();
    const name = `savepoint_${++transaction.savepoints}`;
    const marks = new Map([...transaction.buffers].map(([key, buffer]) => [key, buffer.mark()]));
    await transaction.manager.query(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      await transaction.manager.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await transaction.manager.query(`ROLLBACK TO SAVEPOINT ${name}`);
      for (const [key, buffer] of transaction.buffers) {
        const mark = marks.get(key);
        // A buffer first used inside the savepoint holds nothing from before it.
        buffer.rollbackTo(mark ?? 0);
      }
      throw error;
    }
  }
}

@Injectable()
export class TypeormTransactionManager extends TransactionManager {
  constructor(private readonly context: DatabaseContext) {
    super();
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.context.transaction(work);
  }
}
