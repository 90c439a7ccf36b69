export * from './data-source-options.js';
export * from './database-context.js';
export * from './database.module.js';
export * from './count-matches.js';
export * from './embedded-database.js';
export * from './migration-runner.js';
export * from './pending-migrations.js';
export * from './postgres-user-access.js';
