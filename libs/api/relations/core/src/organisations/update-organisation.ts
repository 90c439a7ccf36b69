import {
  AuditLog,
  type ChangeContext,
  Clock,
  StaleVersionError,
  TransactionManager,
  ValidationError,
} from '@gemeente-crm/api-kernel';
import { RelationTypeCatalog } from '../relation-types/relation-type-catalog.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { definedFields } from '../shared/defined-fields.js';
import { UseCase } from '../shared/use-case.js';
import { organisationMerged } from '../duplicates/merge-errors.js';
import { ensureKvkAvailable } from './kvk-uniqueness.js';
import { type Organisation, organisationFieldsOf, type OrganisationPatch } from './organisation.js';
import { organisationArchived, organisationNotFound } from './organisation-errors.js';
import { checkOrganisationInput } from './organisation-input.js';
import { OrganisationRepository } from './organisation-repository.js';

@UseCase()
export class UpdateOrganisation {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly relationTypes: RelationTypeCatalog,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Changes the fields present in `patch`. A patch that changes nothing writes nothing and
   * returns the organisation as it is (same version).
   *
   * @param expectedVersion the version the caller read (ETag / If-Match)
   * @throws NotFoundError `organisation.not-found`
   * @throws ConflictError `organisation.archived`, `organisation.duplicate-kvk`
   * @throws StaleVersionError when someone else changed it since `expectedVersion`
   * @throws ValidationError listing every invalid field of the result
   */
  async execute(id: string, patch: OrganisationPatch, expectedVersion: number, context: ChangeContext): Promise<Organisation> {
    return this.transactions.run(async () => {
      const current = await this.organisations.findById(id);
      if (!current) throw organisationNotFound();
      if (current.mergedIntoId) throw organisationMerged();
      if (current.archivedAt) throw organisationArchived();
      if (current.version !== expectedVersion) throw new StaleVersionError(current.version);

      // A relation type deactivated since it was assigned may stay; only new ones must be active.
      const relationTypeCodes = [...(await this.relationTypes.activeCodes()), ...current.relationTypes];
      const { fields, errors } = checkOrganisationInput(
        { ...organisationFieldsOf(current), ...definedFields(patch) },
        { relationTypeCodes },
      );
      if (errors.length > 0) throw new ValidationError(errors);
      if (fields.kvkNumber !== current.kvkNumber || fields.vestigingsnummer !== current.vestigingsnummer) {
        await ensureKvkAvailable(this.organisations, fields, current.id);
      }

      const changes = auditedChanges(current, { ...current, ...fields });
      if (Object.keys(changes).length === 0) return current;
      const next: Organisation = { ...current, ...fields, version: current.version + 1, updatedAt: this.clock.now() };
      await updateIfUnchanged(this.organisations, next, expectedVersion);
      await this.auditLog.record({
        action: 'update',
        objectType: RELATION_AUDIT_OBJECT_TYPES.organisation,
        objectId: id,
        changes,
        context,
      });
      return next;
    });
  }
}
