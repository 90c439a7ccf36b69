import { AuditEventEntity } from '@gemeente-crm/api-audit';
import { INTERACTIONS_ENTITIES } from '@gemeente-crm/interactions-feature';
import { RELATIONS_ENTITIES } from '@gemeente-crm/relations-feature';
import { AppUserEntity } from '../users/app-user.entity.js';

/** Every TypeORM entity of the application; migrations are generated against this list. */
export const ENTITIES = [AuditEventEntity, AppUserEntity, ...RELATIONS_ENTITIES, ...INTERACTIONS_ENTITIES];
