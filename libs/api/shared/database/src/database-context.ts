import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { TransactionManager } from '@gemeente-crm/api-kernel';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Hands repositories the entity manager of the transaction they run in, if any, so a use case
 * can wrap several repositories and the audit log in one `TransactionManager.run` without
 * passing a manager around.
 */
@Injectable()
export class DatabaseContext {
  private readonly active = new AsyncLocalStorage<EntityManager>();

  constructor(readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.active.getStore() ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.active.getStore() !== undefined;
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return work();
    return this.dataSource.transaction((manager) => this.active.run(manager, work));
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
