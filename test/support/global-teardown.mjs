// Drops this run's databases (another run may share the server) and stops the embedded server.
import pg from 'pg';

export default async function globalTeardown() {
  const adminUrl = process.env.GCRM_TEST_ADMIN_URL;
  const template = process.env.GCRM_TEST_TEMPLATE_DB;
  if (adminUrl && template && !globalThis.__embeddedTestDatabase) {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const prefix = template.replace(/template$/, '');
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
    await client.end();
  }
  await globalThis.__embeddedTestDatabase?.stop();
}
