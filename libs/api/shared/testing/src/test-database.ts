import { randomBytes } from 'node:crypto';
import { dataSourceOptions } from '@gemeente-crm/api-database';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@gemeente-crm/migrations';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export function databaseUrlFor(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function testServer(): { adminUrl: string; template: string } {
  const adminUrl = process.env['GCRM_TEST_ADMIN_URL'];
  const template = process.env['GCRM_TEST_TEMPLATE_DB'];
  if (!adminUrl || !template) throw new Error('The test database is not set up: run the tests through `npm test`');
  return { adminUrl, template };
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Migrates the run's template database once; test files in parallel workers wait for it. */
async function ensureTemplate(adminUrl: string, template: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      const building = `${template}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(building)} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(building)}`);
      const dataSource = new DataSource(
        dataSourceOptions({ url: databaseUrlFor(adminUrl, building), entities: [], migrations: MIGRATIONS, migrationsRun: false, poolSize: 1 }),
      );
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      await dataSource.destroy();
      await client.query(`ALTER DATABASE ${pg.escapeIdentifier(building)} RENAME TO ${pg.escapeIdentifier(template)}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
}

/**
 * A fresh, fully migrated database for one test file, copied from the run's template: files
 * never see each other's rows, and no test has to clean up after another.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { adminUrl, template } = testServer();
  await ensureTemplate(adminUrl, template);
  const name = `${template.replace(/template$/, '')}${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`));
  return {
    url: databaseUrlFor(adminUrl, name),
    name,
    drop: () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)).then(() => undefined),
  };
}
