export * from './domain-error-status.js';
export * from './openapi-schemas.js';
export * from './problem-details.filter.js';
export * from './problem-details.js';
export * from './request-decorators.js';
export * from './zod-validation.js';
export * from './paging.js';
export * from './uploads.js';
