import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager } from '@gemeente-crm/api-kernel';
import { requireReason } from '../rules/reason.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { UseCase } from '../shared/use-case.js';
import { personMerged } from '../duplicates/merge-errors.js';
import { toPersonDetails } from './bsn-access.js';
import type { Person, PersonDetails } from './person.js';
import { personNotArchived, personNotFound } from './person-errors.js';
import { PersonRepository } from './person-repository.js';

@UseCase()
export class RestorePerson {
  constructor(
    private readonly persons: PersonRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @param expectedVersion the version the caller read, or null
   * @throws ValidationError `reason.required`
   * @throws NotFoundError `person.not-found`
   * @throws ConflictError `person.not-archived`
   * @throws StaleVersionError
   */
  async execute(id: string, expectedVersion: number | null, context: ChangeContext): Promise<PersonDetails> {
    const reason = requireReason(context);
    return this.transactions.run(async () => {
      const current = await this.persons.findById(id);
      if (!current) throw personNotFound();
      if (!current.archivedAt) throw personNotArchived();
      // A merged record stays read-only: its data and references live on in the survivor.
      if (current.mergedIntoId) throw personMerged();
      if (expectedVersion !== null && current.version !== expectedVersion) throw new StaleVersionError(current.version);
      const next: Person = { ...current, archivedAt: null, archiveReason: null, version: current.version + 1, updatedAt: this.clock.now() };
      await updateIfUnchanged(this.persons, next, current.version);
      await this.auditLog.record({
        action: 'restore',
        objectType: RELATION_AUDIT_OBJECT_TYPES.person,
        objectId: id,
        changes: auditedChanges(current, next),
        context: { ...context, reason },
      });
      return toPersonDetails(next, context.actor);
    });
  }
}
