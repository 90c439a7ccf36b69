import 'reflect-metadata';
import { createApp } from './bootstrap/create-app.js';
import { resolveDatabase } from './bootstrap/database-runtime.js';
import { seedDemoDataIfEmpty } from './bootstrap/demo-data.js';
import { ConfigurationError, loadConfig } from './config/app-config.js';

const log = (message: string) => process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config, log);
  const app = await createApp(config, { databaseUrl: database.url });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: shutting down`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.init(); // runs pending migrations
  if (config.seedDemoData) await seedDemoDataIfEmpty(app, log);
  await app.listen(config.port, config.host);
  log(`Gemeente CRM is running at ${config.publicUrl}/  (API docs: ${config.publicUrl}/api/docs)`);
  if (config.demo) log('Demo mode: log in as accountmanager / demo (or any role name, password demo)');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
