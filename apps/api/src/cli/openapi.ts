import 'reflect-metadata';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildOpenApiDocument } from '../bootstrap/openapi-document.js';
import { createApp } from '../bootstrap/create-app.js';
import { loadConfig } from '../config/app-config.js';

/**
 * Writes the OpenAPI document the code declares to apps/api/openapi.json, the file the web
 * client is generated from. `--check` only compares, and fails when the committed file is stale.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'gemeente-crm-openapi-')), LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' });
  const app = await createApp(config, { databaseUrl: 'postgres://unused@127.0.0.1:1/unused', connect: false });
  const spec = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  const file = resolve(import.meta.dirname, '../../../../../../apps/api/openapi.json');
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // a missing file is stale too
    }
    if (committed !== spec) {
      console.error('apps/api/openapi.json is out of date with the code: run `npm run openapi` and commit the result.');
      process.exit(1);
    }
    console.log('apps/api/openapi.json matches the code.');
    return;
  }
  writeFileSync(file, spec);
  console.log(`Wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
