export * from './imports.module.js';
export * from './jobs/imports-options.js';
export * from './jobs/import-jobs.js';
export * from './persistence/imports-entities.js';
