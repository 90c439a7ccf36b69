import { dataSourceOptions } from '@gemeente-crm/api-database';
import { MIGRATIONS } from '@gemeente-crm/migrations';
import { DataSource } from 'typeorm';
import { type DatabaseRuntime, resolveDatabase } from '../bootstrap/database-runtime.js';
import { type AppConfig, loadConfig } from '../config/app-config.js';
import { ENTITIES } from '../database/entities.js';

export interface CliRuntime {
  config: AppConfig;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Configuration and a database connection for a command-line task, on the same settings as the app. */
export async function openCliRuntime(): Promise<CliRuntime> {
  const config = loadConfig();
  const database: DatabaseRuntime = await resolveDatabase(config, (message) => console.error(message));
  const dataSource = new DataSource(
    dataSourceOptions({ url: database.url, entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: false, poolSize: 4, applicationName: 'gemeente-crm-cli' }),
  );
  await dataSource.initialize();
  return {
    config,
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await database.stop();
    },
  };
}

export function runCli(task: () => Promise<void>): void {
  task().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
