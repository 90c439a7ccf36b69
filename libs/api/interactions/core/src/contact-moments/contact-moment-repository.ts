import type { Page } from '@gemeente-crm/api-kernel';
import type { ContactMoment, ContactMomentSummary } from './contact-moment.js';
import type { ContactMomentQuery } from './contact-moment-query.js';

/**
 * Where contact moments and their links are kept. Called inside `TransactionManager.run`, so
 * writes here and the audit entry commit together.
 */
export abstract class ContactMomentRepository {
  /** Archived ones included; with their links and participants. */
  abstract findById(id: string): Promise<ContactMoment | null>;

  abstract insert(moment: ContactMoment): Promise<void>;

  /**
   * Replaces the stored moment (links and participants included) only if its version is still
   * `expectedVersion`; false when it is not (or it is gone).
   */
  abstract update(moment: ContactMoment, expectedVersion: number): Promise<boolean>;

  /** Newest first (`occurredAt` descending). */
  abstract search(query: ContactMomentQuery): Promise<Page<ContactMomentSummary>>;
}
