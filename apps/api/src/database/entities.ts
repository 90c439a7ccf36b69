import { AuditEventEntity } from '@gemeente-crm/api-audit';
import { ARCHIVE_ENTITIES } from '@gemeente-crm/archive-feature';
import { IMPORTS_ENTITIES } from '@gemeente-crm/imports-feature';
import { INTERACTIONS_ENTITIES } from '@gemeente-crm/interactions-feature';
import { LEAD_SCORING_ENTITIES, LEADS_ENTITIES, QUOTES_ENTITIES } from '@gemeente-crm/leads-feature';
import { RELATIONS_ENTITIES } from '@gemeente-crm/relations-feature';
import { AppUserEntity } from '../users/app-user.entity.js';

/** Every TypeORM entity of the application; migrations are generated against this list. */
export const ENTITIES = [AuditEventEntity, AppUserEntity, ...RELATIONS_ENTITIES, ...INTERACTIONS_ENTITIES, ...LEADS_ENTITIES, ...LEAD_SCORING_ENTITIES, ...QUOTES_ENTITIES, ...ARCHIVE_ENTITIES, ...IMPORTS_ENTITIES];
