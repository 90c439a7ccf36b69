export * from './job-queue.js';
export * from './jobs-options.js';
export * from './jobs.module.js';
