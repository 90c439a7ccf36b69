import type { Page } from '@gemeente-crm/api-kernel';
import type { Person, PersonSummary } from './person.js';
import type { PersonQuery } from './person-query.js';

/**
 * Where persons are kept. The adapter encrypts the BSN at rest and finds it through a keyed
 * hash; the domain sees it in plain text. Called inside `TransactionManager.run`.
 */
export abstract class PersonRepository {
  /** Archived persons included. */
  abstract findById(id: string): Promise<Person | null>;

  /** When a concurrent insert took the same BSN first (unique index), throws ConflictError `person.duplicate-bsn`. */
  abstract insert(person: Person): Promise<void>;

  /** Conditional on the stored version, as OrganisationRepository.update; false when stale. */
  abstract update(person: Person, expectedVersion: number): Promise<boolean>;

  /** Searches name and e-mail. */
  abstract search(query: PersonQuery): Promise<Page<PersonSummary>>;

  /** The person (archived or not) with this BSN. */
  abstract findByBsn(bsn: string): Promise<Person | null>;
}
