import { DuplicateScanRuns1795637000000 } from './1795637000000-duplicate-scan-runs.js';
import { TaskRegarding1795634107419 } from './1795634107419-task-regarding.js';
import { PersonPostalAddress1795633998486 } from './1795633998486-person-postal-address.js';
import { Quotes1795624025566 } from './1795624025566-quotes.js';
import { RelationImports1795624010695 } from './1795624010695-relation-imports.js';
import { LeadScoring1795623976997 } from './1795623976997-lead-scoring.js';
import { LeadsAndPipelines1795623861700 } from './1795623861700-leads-and-pipelines.js';
import { DocumentsAndEmail1795623706043 } from './1795623706043-documents-and-email.js';
import { DuplicatesMergeKvkCheck1795623542028 } from './1795623542028-duplicates-merge-kvk-check.js';
import { ContactMomentsAndTasks1795617214822 } from './1795617214822-contact-moments-and-tasks.js';
import { ListIndexes1795616450205 } from './1795616450205-list-indexes.js';
import { RelationsCore1795614901975 } from './1795614901975-relations-core.js';
import { AuditTrailAndUsers1795614734207 } from './1795614734207-audit-trail-and-users.js';
import type { MigrationInterface } from 'typeorm';

/** Every migration, in order. Written by `npm run migration:generate`, reviewed, then committed. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [AuditTrailAndUsers1795614734207, RelationsCore1795614901975, ListIndexes1795616450205, ContactMomentsAndTasks1795617214822, DuplicatesMergeKvkCheck1795623542028, DocumentsAndEmail1795623706043, LeadsAndPipelines1795623861700, LeadScoring1795623976997, RelationImports1795624010695, Quotes1795624025566, PersonPostalAddress1795633998486, TaskRegarding1795634107419, DuplicateScanRuns1795637000000];
