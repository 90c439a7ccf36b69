export * from './quotes.module.js';
export * from './quotes-options.js';
export * from './persistence/quotes-entities.js';
