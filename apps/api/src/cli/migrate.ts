import 'reflect-metadata';
import { runMigrationsExclusively } from '@gemeente-crm/api-database';
import { openCliRuntime, runCli } from './cli-runtime.js';

/** `npm run migrate`: applies pending migrations, e.g. as a release step when MIGRATIONS_RUN=false. */
runCli(async () => {
  const runtime = await openCliRuntime();
  try {
    const applied = await runMigrationsExclusively(runtime.dataSource);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await runtime.close();
  }
});
