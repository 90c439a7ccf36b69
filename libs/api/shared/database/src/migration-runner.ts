import type { DataSource } from 'typeorm';

const MIGRATION_LOCK = 7_310_000;

/**
 * Applies pending migrations while holding a PostgreSQL advisory lock, so several replicas
 * starting at once apply each migration exactly once; the others wait, then find nothing to do.
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<string[]> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lockHolder.release();
  }
}
