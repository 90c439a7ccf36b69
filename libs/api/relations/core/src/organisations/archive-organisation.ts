import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager } from '@gemeente-crm/api-kernel';
import { requireReason } from '../rules/reason.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { UseCase } from '../shared/use-case.js';
import type { Organisation } from './organisation.js';
import { organisationArchived, organisationNotFound } from './organisation-errors.js';
import { OrganisationRepository } from './organisation-repository.js';

/** Relations are never deleted (their history must stay auditable); archiving hides them. */
@UseCase()
export class ArchiveOrganisation {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @param expectedVersion the version the caller read, or null when archiving from a list
   *   that shows no versions (the write is still conditional on the version read here)
   * @throws ValidationError `reason.required` when `context.reason` is blank
   * @throws NotFoundError `organisation.not-found`
   * @throws ConflictError `organisation.archived` when it already is
   * @throws StaleVersionError
   */
  async execute(id: string, expectedVersion: number | null, context: ChangeContext): Promise<Organisation> {
    const reason = requireReason(context);
    return this.transactions.run(async () => {
      const current = await this.organisations.findById(id);
      if (!current) throw organisationNotFound();
      if (current.archivedAt) throw organisationArchived();
      if (expectedVersion !== null && current.version !== expectedVersion) throw new StaleVersionError(current.version);
      const now = this.clock.now();
      const next: Organisation = { ...current, archivedAt: now, archiveReason: reason, version: current.version + 1, updatedAt: now };
      await updateIfUnchanged(this.organisations, next, current.version);
      await this.auditLog.record({
        action: 'archive',
        objectType: RELATION_AUDIT_OBJECT_TYPES.organisation,
        objectId: id,
        changes: auditedChanges(current, next),
        context: { ...context, reason },
      });
      return next;
    });
  }
}
