import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager } from '@gemeente-crm/api-kernel';
import type { Person } from '../persons/person.js';
import { personNotFound } from '../persons/person-errors.js';
import { PersonRepository } from '../persons/person-repository.js';
import { requireReason } from '../rules/reason.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { UseCase } from '../shared/use-case.js';
import { mergeArchived, mergeSameRecord, personMerged } from './merge-errors.js';
import { MERGEABLE_PERSON_FIELDS, type MergeablePersonField, mergeFieldValues } from './merge-fields.js';
import type { MergeRequest, MergeResult } from './merge-organisations.js';
import { MergedRelationReferencesRegistry } from './merged-relation-references.js';

/** Merges a duplicate person into the one that stays; see MergeOrganisations. */
@UseCase()
export class MergePersons {
  constructor(
    private readonly persons: PersonRepository,
    private readonly references: MergedRelationReferencesRegistry,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws ValidationError `reason.required`, `merge.same-record`
   * @throws NotFoundError `person.not-found`
   * @throws ConflictError `person.merged`, `merge.archived`
   * @throws StaleVersionError
   */
  async execute(request: MergeRequest<MergeablePersonField>, context: ChangeContext): Promise<MergeResult<Person>> {
    const reason = requireReason(context);
    if (request.survivorId === request.mergedId) throw mergeSameRecord();
    return this.transactions.run(async () => {
      const survivor = await this.persons.findById(request.survivorId);
      const merged = await this.persons.findById(request.mergedId);
      if (!survivor || !merged) throw personNotFound();
      for (const record of [survivor, merged]) {
        if (record.mergedIntoId) throw personMerged();
        if (record.archivedAt) throw mergeArchived();
      }
      if (survivor.version !== request.survivorVersion) throw new StaleVersionError(survivor.version);
      if (merged.version !== request.mergedVersion) throw new StaleVersionError(merged.version);

      const { values, choices } = mergeFieldValues(survivor, merged, MERGEABLE_PERSON_FIELDS, request.choices ?? {});
      const now = this.clock.now();
      // The BSN is unique across all persons, archived ones too: it moves rather than being copied.
      const takesBsn = !survivor.bsn && merged.bsn !== null;
      const nextSurvivor: Person = {
        ...survivor,
        ...values,
        bsn: takesBsn ? merged.bsn : survivor.bsn,
        version: survivor.version + 1,
        updatedAt: now,
      };
      const nextMerged: Person = {
        ...merged,
        ...(takesBsn ? { bsn: null } : {}),
        archivedAt: now,
        archiveReason: reason,
        mergedIntoId: survivor.id,
        version: merged.version + 1,
        updatedAt: now,
      };
      await updateIfUnchanged(this.persons, nextMerged, merged.version);
      await updateIfUnchanged(this.persons, nextSurvivor, survivor.version);
      const moved = await this.references.move('person', merged.id, survivor.id);

      const merge = { survivorId: survivor.id, mergedId: merged.id, choices, moved };
      const auditContext = { ...context, reason };
      for (const [before, after] of [
        [survivor, nextSurvivor],
        [merged, nextMerged],
      ] as const) {
        await this.auditLog.record({
          action: 'merge',
          objectType: RELATION_AUDIT_OBJECT_TYPES.person,
          objectId: before.id,
          changes: { ...auditedChanges(before, after), merge: { old: null, new: merge } },
          context: auditContext,
        });
      }
      return { survivor: nextSurvivor, merged: nextMerged, moved };
    });
  }
}
