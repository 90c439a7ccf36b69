import { LinkContactPerson } from '../contact-persons/link-contact-person.js';
import { ListContactPersons } from '../contact-persons/list-contact-persons.js';
import { UnlinkContactPerson } from '../contact-persons/unlink-contact-person.js';
import { ArchiveOrganisation } from '../organisations/archive-organisation.js';
import { CreateOrganisation } from '../organisations/create-organisation.js';
import { GetOrganisation } from '../organisations/get-organisation.js';
import { RestoreOrganisation } from '../organisations/restore-organisation.js';
import { SearchOrganisations } from '../organisations/search-organisations.js';
import { UpdateOrganisation } from '../organisations/update-organisation.js';
import { ArchivePerson } from '../persons/archive-person.js';
import { CreatePerson } from '../persons/create-person.js';
import { GetPerson } from '../persons/get-person.js';
import { RestorePerson } from '../persons/restore-person.js';
import { SearchPersons } from '../persons/search-persons.js';
import { UpdatePerson } from '../persons/update-person.js';
import type { RelationsTestKit } from './relations-test-kit.js';

/** Every relations use case, wired to the in-memory ports of `kit`. */
export function relationsUseCases(kit: RelationsTestKit) {
  const { organisations, persons, contactPersons, relationTypes, transactions, auditLog, clock } = kit;
  return {
    createOrganisation: new CreateOrganisation(organisations, relationTypes, transactions, auditLog, clock),
    updateOrganisation: new UpdateOrganisation(organisations, relationTypes, transactions, auditLog, clock),
    archiveOrganisation: new ArchiveOrganisation(organisations, transactions, auditLog, clock),
    restoreOrganisation: new RestoreOrganisation(organisations, transactions, auditLog, clock),
    getOrganisation: new GetOrganisation(organisations),
    searchOrganisations: new SearchOrganisations(organisations),
    createPerson: new CreatePerson(persons, transactions, auditLog, clock),
    updatePerson: new UpdatePerson(persons, transactions, auditLog, clock),
    archivePerson: new ArchivePerson(persons, transactions, auditLog, clock),
    restorePerson: new RestorePerson(persons, transactions, auditLog, clock),
    getPerson: new GetPerson(persons, transactions, auditLog),
    searchPersons: new SearchPersons(persons),
    linkContactPerson: new LinkContactPerson(contactPersons, organisations, persons, transactions, auditLog, clock),
    unlinkContactPerson: new UnlinkContactPerson(contactPersons, transactions, auditLog),
    listContactPersons: new ListContactPersons(contactPersons, organisations, persons),
  };
}
