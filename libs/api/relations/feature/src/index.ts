export * from './persistence/relations-entities.js';
export * from './relations.module.js';
export * from './seed/demo-relations-seeder.js';
