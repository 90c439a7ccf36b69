import { startEmbeddedDatabase } from '@gemeente-crm/api-database';
import type { AppConfig } from '../config/app-config.js';

export interface DatabaseRuntime {
  url: string;
  /** Stops the embedded server, if this process started one. */
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL in the data folder. */
export async function resolveDatabase(config: AppConfig, log: (message: string) => void): Promise<DatabaseRuntime> {
  if (config.database.url) return { url: config.database.url, stop: async () => undefined };
  log(`DATABASE_URL is not set: starting the embedded PostgreSQL (data in ${config.dataDir}, port ${config.database.embeddedPort})`);
  return startEmbeddedDatabase({ dataDir: config.dataDir, port: config.database.embeddedPort, database: 'gemeente_crm', log });
}
