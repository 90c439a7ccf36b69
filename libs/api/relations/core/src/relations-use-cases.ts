import { LinkContactPerson } from './contact-persons/link-contact-person.js';
import { ListContactPersons } from './contact-persons/list-contact-persons.js';
import { UnlinkContactPerson } from './contact-persons/unlink-contact-person.js';
import { ArchiveOrganisation } from './organisations/archive-organisation.js';
import { CreateOrganisation } from './organisations/create-organisation.js';
import { GetOrganisation } from './organisations/get-organisation.js';
import { RestoreOrganisation } from './organisations/restore-organisation.js';
import { SearchOrganisations } from './organisations/search-organisations.js';
import { UpdateOrganisation } from './organisations/update-organisation.js';
import { ArchivePerson } from './persons/archive-person.js';
import { CreatePerson } from './persons/create-person.js';
import { GetPerson } from './persons/get-person.js';
import { RestorePerson } from './persons/restore-person.js';
import { SearchPersons } from './persons/search-persons.js';
import { UpdatePerson } from './persons/update-person.js';

/**
 * Every use case of the relations domain, for the feature module's `providers`. Their
 * constructors ask for OrganisationRepository, PersonRepository, ContactPersonRepository,
 * RelationTypeCatalog, TransactionManager, AuditLog and Clock, which the module must provide.
 */
export const RELATIONS_USE_CASES = [
  CreateOrganisation,
  UpdateOrganisation,
  ArchiveOrganisation,
  RestoreOrganisation,
  GetOrganisation,
  SearchOrganisations,
  CreatePerson,
  UpdatePerson,
  ArchivePerson,
  RestorePerson,
  GetPerson,
  SearchPersons,
  LinkContactPerson,
  UnlinkContactPerson,
  ListContactPersons,
] as const;
