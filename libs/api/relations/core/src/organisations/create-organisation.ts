import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { RelationTypeCatalog } from '../relation-types/relation-type-catalog.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { UseCase } from '../shared/use-case.js';
import { ensureKvkAvailable } from './kvk-uniqueness.js';
import type { Organisation, OrganisationInput } from './organisation.js';
import { checkOrganisationInput } from './organisation-input.js';
import { OrganisationRepository } from './organisation-repository.js';

@UseCase()
export class CreateOrganisation {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly relationTypes: RelationTypeCatalog,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws ValidationError listing every invalid field
   * @throws ConflictError `organisation.duplicate-kvk`
   */
  async execute(input: OrganisationInput, context: ChangeContext): Promise<Organisation> {
    const { fields, errors } = checkOrganisationInput(input, { relationTypeCodes: await this.relationTypes.activeCodes() });
    if (errors.length > 0) throw new ValidationError(errors);
    return this.transactions.run(async () => {
      await ensureKvkAvailable(this.organisations, fields, null);
      const now = this.clock.now();
      const organisation: Organisation = {
        id: randomUUID(),
        ...fields,
        version: 1,
        createdAt: now,
        updatedAt: now,
        archivedAt: null,
        archiveReason: null,
      };
      await this.organisations.insert(organisation);
      await this.auditLog.record({
        action: 'create',
        objectType: RELATION_AUDIT_OBJECT_TYPES.organisation,
        objectId: organisation.id,
        changes: auditedChanges(null, organisation),
        context,
      });
      return organisation;
    });
  }
}
