import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, type TestDatabase } from '@gemeente-crm/api-testing';
import type { Role } from '@gemeente-crm/api-kernel';
import { mintAccessToken } from '@gemeente-crm/integrations-entra';
import { createApp } from '../../apps/api/src/bootstrap/create-app.js';
import { type AppConfig, loadConfig } from '../../apps/api/src/config/app-config.js';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  database: TestDatabase;
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** A real access token for the demo user of `role`, signed by the local identity provider. */
  tokenFor(role: Role): Promise<string>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The whole application as `npm start` runs it — HTTP server, local identity provider, token
 * validation, migrations — on its own fresh database, for tests that go through real HTTP.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'gemeente-crm-app-')),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    SEED_DEMO_DATA: 'false',
    MIGRATIONS_RUN: 'false',
    WEB_DIST_DIR: join(tmpdir(), 'gemeente-crm-no-web'),
    ...env,
  });
  const app = await createApp(config, { databaseUrl: database.url });
  await app.listen(port, '127.0.0.1');
  return {
    app,
    config,
    database,
    url: `http://127.0.0.1:${port}`,
    tokenFor: (role) =>
      mintAccessToken({ keyFile: join(config.dataDir, 'oidc-signing-key.json'), issuer: config.auth.issuer, audience: config.auth.audience, login: role }),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** A response body as the tests read it: the API's JSON, loosely typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const json = (response: Response): Promise<any> => response.json();
