export * from './interactions.module.js';
export * from './jobs/interactions-options.js';
export * from './jobs/queue-names.js';
export * from './mail/smtp-outbound-mail.js';
export * from './persistence/interactions-entities.js';
export * from './seed/demo-interactions-seeder.js';
