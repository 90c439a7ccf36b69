import { OrganisationRepository } from '../organisations/organisation-repository.js';
import { organisationNotFound } from '../organisations/organisation-errors.js';
import { personNotFound } from '../persons/person-errors.js';
import { PersonRepository } from '../persons/person-repository.js';
import { personDisplayName, personSortName } from '../rules/person-name.js';
import { UseCase } from '../shared/use-case.js';
import type { ContactPersonListing, ContactPersonView } from './contact-person.js';
import { ContactPersonRepository } from './contact-person-repository.js';

export interface ContactPersonListOptions {
  /** Also list links whose other side is archived; hidden by default, like archived relations everywhere. */
  includeArchived?: boolean;
}

const dutchOrder = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

@UseCase()
export class ListContactPersons {
  constructor(
    private readonly contactPersons: ContactPersonRepository,
    private readonly organisations: OrganisationRepository,
    private readonly persons: PersonRepository,
  ) {}

  /**
   * The contact persons of an organisation, sorted by achternaam.
   * @throws NotFoundError `organisation.not-found`
   */
  async byOrganisation(organisationId: string, options: ContactPersonListOptions = {}): Promise<ContactPersonView[]> {
    if (!(await this.organisations.findById(organisationId))) throw organisationNotFound();
    const listings = await this.contactPersons.listByOrganisation(organisationId);
    return listings
      .filter((listing) => options.includeArchived || !listing.personArchived)
      .sort((a, b) => dutchOrder.compare(personSortName(a), personSortName(b)))
      .map(toView);
  }

  /**
   * The organisations a person is contact person of, sorted by organisation name.
   * @throws NotFoundError `person.not-found`
   */
  async byPerson(personId: string, options: ContactPersonListOptions = {}): Promise<ContactPersonView[]> {
    if (!(await this.persons.findById(personId))) throw personNotFound();
    const listings = await this.contactPersons.listByPerson(personId);
    return listings
      .filter((listing) => options.includeArchived || !listing.organisationArchived)
      .sort((a, b) => dutchOrder.compare(a.organisationName, b.organisationName))
      .map(toView);
  }
}

function toView(listing: ContactPersonListing): ContactPersonView {
  return {
    id: listing.id,
    organisationId: listing.organisationId,
    organisationName: listing.organisationName,
    personId: listing.personId,
    displayName: personDisplayName(listing),
    function: listing.function,
    email: listing.email,
    phone: listing.phone,
    organisationArchived: listing.organisationArchived,
    personArchived: listing.personArchived,
    createdAt: listing.createdAt,
  };
}
