import type { Page } from '@gemeente-crm/api-kernel';
import type { Organisation, OrganisationSummary } from './organisation.js';
import type { OrganisationQuery } from './organisation-query.js';

/**
 * Where organisations are kept. Called inside `TransactionManager.run`, so writes here and
 * the audit entry commit together.
 */
export abstract class OrganisationRepository {
  /** Archived organisations included. */
  abstract findById(id: string): Promise<Organisation | null>;

  /**
   * Stores a new organisation. When a concurrent insert took the same KvK number and
   * vestigingsnummer first (unique index), throws ConflictError `organisation.duplicate-kvk`.
   */
  abstract insert(organisation: Organisation): Promise<void>;

  /**
   * Replaces the stored organisation only if its version is still `expectedVersion`
   * (`UPDATE ... WHERE id = $1 AND version = $2`); false when it is not (or it is gone).
   * `organisation.version` is the new version to store.
   */
  abstract update(organisation: Organisation, expectedVersion: number): Promise<boolean>;

  abstract search(query: OrganisationQuery): Promise<Page<OrganisationSummary>>;

  /**
   * The organisation (archived or not) registered under this KvK number and vestigingsnummer;
   * a null vestigingsnummer matches only organisations without one.
   */
  abstract findByKvk(kvkNumber: string, vestigingsnummer: string | null): Promise<Organisation | null>;
}
