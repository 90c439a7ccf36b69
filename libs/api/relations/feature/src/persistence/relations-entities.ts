import { ContactPersonEntity } from './contact-person.entity.js';
import { DuplicateDismissalEntity } from './duplicate-dismissal.entity.js';
import { DuplicatePairEntity } from './duplicate-pair.entity.js';
import { DuplicateScanRunEntity } from './duplicate-scan-run.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { PersonEntity } from './person.entity.js';
import { RelationTypeEntity } from './relation-type.entity.js';

export const RELATIONS_ENTITIES = [OrganisationEntity, PersonEntity, ContactPersonEntity, RelationTypeEntity, DuplicatePairEntity, DuplicateDismissalEntity, DuplicateScanRunEntity];
