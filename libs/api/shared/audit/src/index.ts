export * from './audit-chain.js';
export * from './audit-event-query.js';
export * from './audit-event.entity.js';
export * from './audit-event.schemas.js';
export * from './audit-trail.js';
export * from './audit.module.js';
export * from './postgres-audit-log.js';
