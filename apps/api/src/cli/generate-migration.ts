import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataSourceOptions } from '@gemeente-crm/api-database';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@gemeente-crm/migrations';
import { resolveDatabase } from '../bootstrap/database-runtime.js';
import { loadConfig } from '../config/app-config.js';
import { ENTITIES } from '../database/entities.js';

/**
 * Writes a migration with the SQL that brings a database migrated to the current state in line
 * with the entities. Runs against a scratch database, so no real data is touched. Review the
 * generated file before committing it: indexes, extensions and triggers TypeORM does not know
 * about are added by hand.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('usage: npm run migration:generate -- <PascalCaseName>');
  }
  const config = loadConfig();
  const database = await resolveDatabase(config, (message) => console.error(message));
  const scratch = `gcrm_migration_${Date.now()}`;
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(scratch)}`);
  const url = new URL(database.url);
  url.pathname = `/${scratch}`;
  const dataSource = new DataSource(dataSourceOptions({ url: url.toString(), entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: false, poolSize: 2 }));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (!sql.upQueries.length) {
      console.error('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`;
    const statements = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries.map((q) => `    await queryRunner.query(${sqlLiteral(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`).join('\n');
    const root = resolve(import.meta.dirname, '../../../../../../');
    writeFileSync(
      join(root, 'migrations', file),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${statements(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${statements([...sql.downQueries].reverse())}
  }
}
`,
    );
    const indexFile = join(root, 'migrations', 'index.ts');
    const index = readFileSync(indexFile, 'utf8')
      .replace(/^(export const MIGRATIONS\b.*?= \[)(.*)(\];)$/m, (_m, start: string, list: string, end: string) => `${start}${list ? `${list}, ` : ''}${className}${end}`);
    writeFileSync(indexFile, `import { ${className} } from './${file.replace(/\.ts$/, '.js')}';\n${index}`);
    console.error(`Wrote migrations/${file}; review it, then commit it.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(scratch)} WITH (FORCE)`);
    await admin.end();
    await database.stop();
  }
}

/** SQL as a template literal, which reads far better in review than an escaped string. */
function sqlLiteral(sql: string): string {
  return `\`${sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
