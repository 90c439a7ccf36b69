import { ContactMomentsAndTasks1795617214822 } from './1795617214822-contact-moments-and-tasks.js';
import { ListIndexes1795616450205 } from './1795616450205-list-indexes.js';
import { RelationsCore1795614901975 } from './1795614901975-relations-core.js';
import { AuditTrailAndUsers1795614734207 } from './1795614734207-audit-trail-and-users.js';
import type { MigrationInterface } from 'typeorm';

/** Every migration, in order. Written by `npm run migration:generate`, reviewed, then committed. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [AuditTrailAndUsers1795614734207, RelationsCore1795614901975, ListIndexes1795616450205, ContactMomentsAndTasks1795617214822];
