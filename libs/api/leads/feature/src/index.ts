export * from './leads.module.js';
export * from './persistence/leads-entities.js';
export * from './seed/demo-leads-seeder.js';

// Quotes (offertes) on leads
export * from './quotes/index.js';
export * from './scoring/lead-scoring.module.js';
export * from './scoring/lead-scoring-entities.js';
export * from './conversion/lead-conversion.module.js';
