import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager } from '@gemeente-crm/api-kernel';
import { requireReason, UseCase } from '@gemeente-crm/relations-core';
import { INTERACTION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import type { ContactMoment } from './contact-moment.js';
import { contactMomentNotArchived, contactMomentNotFound } from './contact-moment-errors.js';
import { ContactMomentRepository } from './contact-moment-repository.js';

/** Brings back a contact moment archived by mistake. */
@UseCase()
export class RestoreContactMoment {
  constructor(
    private readonly moments: ContactMomentRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws ValidationError `reason.required`
   * @throws NotFoundError `contact-moment.not-found`
   * @throws ConflictError `contact-moment.not-archived`
   * @throws StaleVersionError
   */
  async execute(id: string, expectedVersion: number | null, context: ChangeContext): Promise<ContactMoment> {
    const reason = requireReason(context);
    return this.transactions.run(async () => {
      const current = await this.moments.findById(id);
      if (!current) throw contactMomentNotFound();
      if (!current.archivedAt) throw contactMomentNotArchived();
      if (expectedVersion !== null && current.version !== expectedVersion) throw new StaleVersionError(current.version);
      const next: ContactMoment = { ...current, archivedAt: null, archiveReason: null, version: current.version + 1, updatedAt: this.clock.now() };
      await updateIfUnchanged(this.moments, next, current.version);
      await this.auditLog.record({
        action: 'restore',
        objectType: INTERACTION_AUDIT_OBJECT_TYPES.contactMoment,
        objectId: id,
        changes: auditedChanges(current, next),
        context: { ...context, reason },
      });
      return next;
    });
  }
}
