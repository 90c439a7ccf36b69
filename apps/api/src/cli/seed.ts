import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { DemoInteractionsSeeder } from '@gemeente-crm/interactions-feature';
import { DemoRelationsSeeder } from '@gemeente-crm/relations-feature';
import { AppModule } from '../app.module.js';
import { demoStaffIds, registerDemoUsers } from '../bootstrap/demo-data.js';
import { resolveDatabase } from '../bootstrap/database-runtime.js';
import { loadConfig } from '../config/app-config.js';
import { runCli } from './cli-runtime.js';

/**
 * `npm run seed -- --organisations 1000000 [--seed 2026]`: adds generated demo relations.
 * `npm run seed -- --contact-moments 5000000 [--tasks 1000]`: adds contact moments (and tasks)
 * over the relations already there, e.g. to benchmark the timeline. Without options: 1000 organisations.
 */
runCli(async () => {
  const { values } = parseArgs({
    options: { organisations: { type: 'string' }, 'contact-moments': { type: 'string' }, tasks: { type: 'string' }, seed: { type: 'string' } },
  });
  const interactionsOnly = values['contact-moments'] !== undefined || values.tasks !== undefined;
  const organisations = wholeNumber(values.organisations ?? (interactionsOnly ? '0' : '1000'), '--organisations');
  const contactMoments = wholeNumber(values['contact-moments'] ?? '0', '--contact-moments');
  const tasks = wholeNumber(values.tasks ?? '0', '--tasks');
  // A seeding run serves no requests and must not pick up background jobs.
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', JOBS_ENABLED: 'false' });
  const database = await resolveDatabase(config, (message) => console.error(message));
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database.url), { logger: ['error', 'warn'] });
  const progress = (total: number) => (done: number) => {
    if (done % 50_000 === 0 || done === total) process.stderr.write(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}\n`);
  };
  try {
    const ownerIds = await registerDemoUsers(app);
    if (organisations > 0) {
      const started = Date.now();
      const added = await app.get(DemoRelationsSeeder).seed({
        organisations,
        ...(values.seed ? { seed: Number(values.seed) } : {}),
        ownerIds,
        onProgress: progress(organisations),
      });
      console.error(`Added ${added} organisations with their contact persons in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    if (contactMoments > 0 || tasks > 0) {
      const started = Date.now();
      await app.get(DemoInteractionsSeeder).seed({
        contactMoments,
        tasks,
        staffIds: demoStaffIds(),
        ...(values.seed ? { seed: Number(values.seed) } : {}),
        onProgress: progress(contactMoments),
      });
      console.error(`Added ${contactMoments} contact moments and ${tasks} tasks in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  } finally {
    await app.close();
    await database.stop();
  }
});

function wholeNumber(value: string, option: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${option} must be a whole number`);
  return number;
}
