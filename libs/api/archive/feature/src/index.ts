export * from './archive.module.js';
export * from './archive-options.js';
export * from './http/content-disposition.js';
export * from './http/document-roles.js';
export * from './persistence/archive-entities.js';
