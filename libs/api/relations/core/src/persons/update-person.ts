import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { reasonRequiredError } from '../rules/reason.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { definedFields } from '../shared/defined-fields.js';
import { UseCase } from '../shared/use-case.js';
import { personMerged } from '../duplicates/merge-errors.js';
import { ensureMayWriteBsn, toPersonDetails } from './bsn-access.js';
import { ensureBsnAvailable } from './bsn-uniqueness.js';
import { type Person, type PersonDetails, personFieldsOf, type PersonPatch } from './person.js';
import { personArchived, personNotFound } from './person-errors.js';
import { checkPersonInput } from './person-input.js';
import { PersonRepository } from './person-repository.js';

@UseCase()
export class UpdatePerson {
  constructor(
    private readonly persons: PersonRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Changes the fields present in `patch`; a patch that changes nothing writes nothing.
   * Setting, changing or removing the BSN is a sensitive change: it requires `context.reason`
   * and a role that may read BSNs.
   *
   * @throws NotFoundError `person.not-found`
   * @throws ConflictError `person.archived`, `person.duplicate-bsn`
   * @throws ForbiddenError `person.bsn-forbidden` when the patch names a BSN and the actor may not read BSNs
   * @throws StaleVersionError
   * @throws ValidationError listing every invalid field, and `reason.required` for a BSN change without reason
   */
  async execute(id: string, patch: PersonPatch, expectedVersion: number, context: ChangeContext): Promise<PersonDetails> {
    // Refused even when the value equals the stored one: the answer would reveal the BSN.
    if (patch.bsn !== undefined) ensureMayWriteBsn(context.actor);
    return this.transactions.run(async () => {
      const current = await this.persons.findById(id);
      if (!current) throw personNotFound();
      if (current.mergedIntoId) throw personMerged();
      if (current.archivedAt) throw personArchived();
      if (current.version !== expectedVersion) throw new StaleVersionError(current.version);

      const { fields, errors } = checkPersonInput({ ...personFieldsOf(current), ...definedFields(patch) });
      const bsnChanged = fields.bsn !== current.bsn;
      if (bsnChanged && !context.reason?.trim()) errors.push(reasonRequiredError());
      if (errors.length > 0) throw new ValidationError(errors);
      if (bsnChanged) await ensureBsnAvailable(this.persons, fields.bsn, current.id);

      const changes = auditedChanges(current, { ...current, ...fields });
      if (Object.keys(changes).length === 0) return toPersonDetails(current, context.actor);
      const next: Person = { ...current, ...fields, version: current.version + 1, updatedAt: this.clock.now() };
      await updateIfUnchanged(this.persons, next, expectedVersion);
      await this.auditLog.record({ action: 'update', objectType: RELATION_AUDIT_OBJECT_TYPES.person, objectId: id, changes, context });
      return toPersonDetails(next, context.actor);
    });
  }
}
