import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

export interface DatabaseOptions {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Apply pending migrations when the application starts (see runMigrationsExclusively). */
  migrationsRun: boolean;
  poolSize: number;
  applicationName?: string;
}

export function dataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    // Migrations run under an advisory lock instead (runMigrationsExclusively).
    migrationsRun: false,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    // The schema is owned by reviewed migrations, never by entity metadata.
    synchronize: false,
    logging: ['error', 'warn'],
    applicationName: options.applicationName ?? 'gemeente-crm',
    extra: { max: options.poolSize, statement_timeout: 30_000 },
  };
}
