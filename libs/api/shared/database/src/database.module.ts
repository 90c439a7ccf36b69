import { type DynamicModule, Global, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TransactionManager } from '@gemeente-crm/api-kernel';
import { type DatabaseOptions, dataSourceOptions } from './data-source-options.js';
import { DatabaseContext, TypeormTransactionManager } from './database-context.js';
import { runMigrationsExclusively } from './migration-runner.js';
import { DataSource } from 'typeorm';

const DATABASE_OPTIONS = Symbol('DATABASE_OPTIONS');

@Injectable()
class StartupMigrations implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_OPTIONS) private readonly options: DatabaseOptions & { connect: boolean },
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.options.connect && this.options.migrationsRun) await runMigrationsExclusively(this.dataSource);
  }
}

@Global()
@Module({})
export class DatabaseModule {
  /**
   * @param options connection, entities and migrations
   * @param connect false builds the module without opening a connection (used to write the
   *   OpenAPI document, which needs the routes but not the data)
   */
  static forRoot(options: DatabaseOptions, connect = true): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(options), manualInitialization: !connect })],
      providers: [
        DatabaseContext,
        { provide: TransactionManager, useClass: TypeormTransactionManager },
        { provide: DATABASE_OPTIONS, useValue: { ...options, connect } },
        StartupMigrations,
      ],
      exports: [DatabaseContext, TransactionManager],
    };
  }
}
