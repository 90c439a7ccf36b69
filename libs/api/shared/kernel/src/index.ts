export * from './actor.js';
export * from './audit-log.js';
export * from './change-context.js';
export * from './clock.js';
export * from './domain-error.js';
export * from './field-changes.js';
export * from './page.js';
export * from './transaction-manager.js';
