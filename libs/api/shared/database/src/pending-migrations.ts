import type { DataSource } from 'typeorm';

/** Names of migrations that exist in code but have not run on this database. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const exists = await dataSource.query(`SELECT to_regclass($1) AS name`, [table]);
  const applied = new Set<string>(
    exists[0]?.name ? (await dataSource.query(`SELECT name FROM ${table}`)).map((row: { name: string }) => row.name) : [],
  );
  return dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name).filter((name) => !applied.has(name));
}
