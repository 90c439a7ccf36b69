import type { ContactPerson, ContactPersonListing } from './contact-person.js';

/** Links between persons and organisations. Called inside `TransactionManager.run`. */
export abstract class ContactPersonRepository {
  /** All links of the organisation, archived persons included. */
  abstract listByOrganisation(organisationId: string): Promise<ContactPersonListing[]>;

  /** All links of the person, archived organisations included. */
  abstract listByPerson(personId: string): Promise<ContactPersonListing[]>;

  abstract find(organisationId: string, personId: string): Promise<ContactPerson | null>;

  /**
   * When a concurrent insert linked the same person to the same organisation first (unique
   * index), throws ConflictError `contact-person.duplicate`.
   */
  abstract insert(contactPerson: ContactPerson): Promise<void>;

  /** Removes the link itself; the audit trail keeps its history. */
  abstract delete(id: string): Promise<void>;
}
