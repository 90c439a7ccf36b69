import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager } from '@gemeente-crm/api-kernel';
import { requireReason } from '../rules/reason.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { UseCase } from '../shared/use-case.js';
import { toPersonDetails } from './bsn-access.js';
import type { Person, PersonDetails } from './person.js';
import { personArchived, personNotFound } from './person-errors.js';
import { PersonRepository } from './person-repository.js';

/**
 * Hides a person from lists without deleting them. (Erasure under the AVG, where the
 * Archiefwet allows it, is a separate, deliberate process.)
 */
@UseCase()
export class ArchivePerson {
  constructor(
    private readonly persons: PersonRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @param expectedVersion the version the caller read, or null when archiving from a list
   * @throws ValidationError `reason.required`
   * @throws NotFoundError `person.not-found`
   * @throws ConflictError `person.archived` when it already is
   * @throws StaleVersionError
   */
  async execute(id: string, expectedVersion: number | null, context: ChangeContext): Promise<PersonDetails> {
    const reason = requireReason(context);
    return this.transactions.run(async () => {
      const current = await this.persons.findById(id);
      if (!current) throw personNotFound();
      if (current.archivedAt) throw personArchived();
      if (expectedVersion !== null && current.version !== expectedVersion) throw new StaleVersionError(current.version);
      const now = this.clock.now();
      const next: Person = { ...current, archivedAt: now, archiveReason: reason, version: current.version + 1, updatedAt: now };
      await updateIfUnchanged(this.persons, next, current.version);
      await this.auditLog.record({
        action: 'archive',
        objectType: RELATION_AUDIT_OBJECT_TYPES.person,
        objectId: id,
        changes: auditedChanges(current, next),
        context: { ...context, reason },
      });
      return toPersonDetails(next, context.actor);
    });
  }
}
