import { AuditLog, type ChangeContext, TransactionManager } from '@gemeente-crm/api-kernel';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { UseCase } from '../shared/use-case.js';
import { toPersonDetails } from './bsn-access.js';
import type { PersonDetails } from './person.js';
import { personNotFound } from './person-errors.js';
import { PersonRepository } from './person-repository.js';

/** A person's details are personal data: every read is recorded (AVG access logging, Q1). */
@UseCase()
export class GetPerson {
  constructor(
    private readonly persons: PersonRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
  ) {}

  /**
   * Archived persons are returned too. The read is recorded in the same transaction, so
   * details are never shown without the audit entry that says who saw them.
   *
   * @returns the person as the actor may see them (BSN only for BSN_READER_ROLES)
   * @throws NotFoundError `person.not-found`
   */
  async execute(id: string, context: ChangeContext): Promise<PersonDetails> {
    return this.transactions.run(async () => {
      const person = await this.persons.findById(id);
      if (!person) throw personNotFound();
      await this.auditLog.record({ action: 'read', objectType: RELATION_AUDIT_OBJECT_TYPES.person, objectId: id, context });
      return toPersonDetails(person, context.actor);
    });
  }
}
