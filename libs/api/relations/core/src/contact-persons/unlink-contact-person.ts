import { AuditLog, type ChangeContext, TransactionManager } from '@gemeente-crm/api-kernel';
import { requireReason } from '../rules/reason.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { UseCase } from '../shared/use-case.js';
import { contactPersonNotFound } from './contact-person-errors.js';
import { ContactPersonRepository } from './contact-person-repository.js';

@UseCase()
export class UnlinkContactPerson {
  constructor(
    private readonly contactPersons: ContactPersonRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
  ) {}

  /**
   * Ends the person's role as contact person of the organisation; the link is deleted and
   * the audit trail keeps what it was (`unlink` of object type `contact-person`).
   *
   * @throws ValidationError `reason.required`
   * @throws NotFoundError `contact-person.not-found`
   */
  async execute(organisationId: string, personId: string, context: ChangeContext): Promise<void> {
    const reason = requireReason(context);
    await this.transactions.run(async () => {
      const contactPerson = await this.contactPersons.find(organisationId, personId);
      if (!contactPerson) throw contactPersonNotFound();
      await this.contactPersons.delete(contactPerson.id);
      await this.auditLog.record({
        action: 'unlink',
        objectType: RELATION_AUDIT_OBJECT_TYPES.contactPerson,
        objectId: contactPerson.id,
        changes: auditedChanges(contactPerson, null),
        context: { ...context, reason },
      });
    });
  }
}
