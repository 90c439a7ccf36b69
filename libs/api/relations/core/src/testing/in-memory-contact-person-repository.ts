import type { ContactPerson, ContactPersonListing } from '../contact-persons/contact-person.js';
import { ContactPersonRepository } from '../contact-persons/contact-person-repository.js';
import type { InMemoryOrganisationRepository } from './in-memory-organisation-repository.js';
import type { InMemoryPersonRepository } from './in-memory-person-repository.js';
import type { RollbackableStore } from '@gemeente-crm/api-kernel/testing';

/** Test double of ContactPersonRepository; joins with the in-memory organisations and persons. */
export class InMemoryContactPersonRepository extends ContactPersonRepository implements RollbackableStore {
  private rows = new Map<string, ContactPerson>();

  constructor(
    private readonly organisations: InMemoryOrganisationRepository,
    private readonly persons: InMemoryPersonRepository,
  ) {
    super();
  }

  async listByOrganisation(organisationId: string): Promise<ContactPersonListing[]> {
    return this.listings([...this.rows.values()].filter((row) => row.organisationId === organisationId));
  }

  async listByPerson(personId: string): Promise<ContactPersonListing[]> {
    return this.listings([...this.rows.values()].filter((row) => row.personId === personId));
  }

  async find(organisationId: string, personId: string): Promise<ContactPerson | null> {
    const row = [...this.rows.values()].find((candidate) => candidate.organisationId === organisationId && candidate.personId === personId);
    return row ? structuredClone(row) : null;
  }

  async insert(contactPerson: ContactPerson): Promise<void> {
    this.rows.set(contactPerson.id, structuredClone(contactPerson));
  }

  async delete(id: string): Promise<void> {
    this.rows.delete(id);
  }

  snapshot(): () => void {
    const saved = new Map(this.rows);
    return () => {
      this.rows = saved;
    };
  }

  all(): ContactPerson[] {
    return [...this.rows.values()].map((row) => structuredClone(row));
  }

  private async listings(rows: ContactPerson[]): Promise<ContactPersonListing[]> {
    const listings: ContactPersonListing[] = [];
    for (const row of rows) {
      const organisation = await this.organisations.findById(row.organisationId);
      const person = await this.persons.findById(row.personId);
      if (!organisation || !person) throw new Error(`Contact person ${row.id} points at a missing record`);
      listings.push({
        ...structuredClone(row),
        organisationName: organisation.name,
        organisationArchived: organisation.archivedAt !== null,
        voornaam: person.voornaam,
        tussenvoegsel: person.tussenvoegsel,
        achternaam: person.achternaam,
        email: person.email,
        phone: person.phone,
        personArchived: person.archivedAt !== null,
      });
    }
    return listings;
  }
}
