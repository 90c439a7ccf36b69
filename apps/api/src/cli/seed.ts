import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { DemoRelationsSeeder } from '@gemeente-crm/relations-feature';
import { AppModule } from '../app.module.js';
import { registerDemoUsers } from '../bootstrap/demo-data.js';
import { resolveDatabase } from '../bootstrap/database-runtime.js';
import { loadConfig } from '../config/app-config.js';
import { runCli } from './cli-runtime.js';

/** `npm run seed -- --organisations 1000000 [--seed 2026]`: adds generated demo relations. */
runCli(async () => {
  const { values } = parseArgs({ options: { organisations: { type: 'string', default: '1000' }, seed: { type: 'string' } } });
  const organisations = Number(values.organisations);
  if (!Number.isInteger(organisations) || organisations < 1) throw new Error('--organisations must be a positive whole number');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const database = await resolveDatabase(config, (message) => console.error(message));
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database.url), { logger: ['error', 'warn'] });
  try {
    const ownerIds = await registerDemoUsers(app);
    const started = Date.now();
    const added = await app.get(DemoRelationsSeeder).seed({
      organisations,
      ...(values.seed ? { seed: Number(values.seed) } : {}),
      ownerIds,
      onProgress: (done) => {
        if (done % 50_000 === 0 || done === organisations) process.stderr.write(`  ${done.toLocaleString('en')} / ${organisations.toLocaleString('en')}\n`);
      },
    });
    console.error(`Added ${added} organisations with their contact persons in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await app.close();
    await database.stop();
  }
});
