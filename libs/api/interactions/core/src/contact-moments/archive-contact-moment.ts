import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager } from '@gemeente-crm/api-kernel';
import { requireReason, UseCase } from '@gemeente-crm/relations-core';
import { INTERACTION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import type { ContactMoment } from './contact-moment.js';
import { contactMomentArchived, contactMomentNotFound } from './contact-moment-errors.js';
import { ContactMomentRepository } from './contact-moment-repository.js';

/**
 * Withdraws a contact moment registered by mistake (wrong relation, entered twice). It is not
 * deleted: it leaves lists and timelines, but the record and its history stay for the audit.
 */
@UseCase()
export class ArchiveContactMoment {
  constructor(
    private readonly moments: ContactMomentRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @param expectedVersion the version the caller read, or null (the write is still conditional
   *   on the version read here)
   * @throws ValidationError `reason.required` when `context.reason` is blank
   * @throws NotFoundError `contact-moment.not-found`
   * @throws ConflictError `contact-moment.archived` when it already is
   * @throws StaleVersionError
   */
  async execute(id: string, expectedVersion: number | null, context: ChangeContext): Promise<ContactMoment> {
    const reason = requireReason(context);
    return this.transactions.run(async () => {
      const current = await this.moments.findById(id);
      if (!current) throw contactMomentNotFound();
      if (current.archivedAt) throw contactMomentArchived();
      if (expectedVersion !== null && current.version !== expectedVersion) throw new StaleVersionError(current.version);
      const now = this.clock.now();
      const next: ContactMoment = { ...current, archivedAt: now, archiveReason: reason, version: current.version + 1, updatedAt: now };
      await updateIfUnchanged(this.moments, next, current.version);
      await this.auditLog.record({
        action: 'archive',
        objectType: INTERACTION_AUDIT_OBJECT_TYPES.contactMoment,
        objectId: id,
        changes: auditedChanges(current, next),
        context: { ...context, reason },
      });
      return next;
    });
  }
}
