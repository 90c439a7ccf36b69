import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager } from '@gemeente-crm/api-kernel';
import { requireReason } from '../rules/reason.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { UseCase } from '../shared/use-case.js';
import { organisationMerged } from '../duplicates/merge-errors.js';
import type { Organisation } from './organisation.js';
import { organisationNotArchived, organisationNotFound } from './organisation-errors.js';
import { OrganisationRepository } from './organisation-repository.js';

@UseCase()
export class RestoreOrganisation {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @param expectedVersion the version the caller read, or null (see ArchiveOrganisation)
   * @throws ValidationError `reason.required` when `context.reason` is blank
   * @throws NotFoundError `organisation.not-found`
   * @throws ConflictError `organisation.not-archived`
   * @throws StaleVersionError
   */
  async execute(id: string, expectedVersion: number | null, context: ChangeContext): Promise<Organisation> {
    const reason = requireReason(context);
    return this.transactions.run(async () => {
      const current = await this.organisations.findById(id);
      if (!current) throw organisationNotFound();
      if (!current.archivedAt) throw organisationNotArchived();
      // A merged record stays read-only: its data and references live on in the survivor.
      if (current.mergedIntoId) throw organisationMerged();
      if (expectedVersion !== null && current.version !== expectedVersion) throw new StaleVersionError(current.version);
      const next: Organisation = {
        ...current,
        archivedAt: null,
        archiveReason: null,
        version: current.version + 1,
        updatedAt: this.clock.now(),
      };
      await updateIfUnchanged(this.organisations, next, current.version);
      await this.auditLog.record({
        action: 'restore',
        objectType: RELATION_AUDIT_OBJECT_TYPES.organisation,
        objectId: id,
        changes: auditedChanges(current, next),
        context: { ...context, reason },
      });
      return next;
    });
  }
}
