import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager } from '@gemeente-crm/api-kernel';
import type { Organisation } from '../organisations/organisation.js';
import { organisationNotFound } from '../organisations/organisation-errors.js';
import { OrganisationRepository } from '../organisations/organisation-repository.js';
import { requireReason } from '../rules/reason.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { UseCase } from '../shared/use-case.js';
import { mergeArchived, mergeSameRecord, organisationMerged } from './merge-errors.js';
import { type FieldChoices, MERGEABLE_ORGANISATION_FIELDS, type MergeableOrganisationField, mergeFieldValues } from './merge-fields.js';
import { MergedRelationReferencesRegistry, type MovedReferences } from './merged-relation-references.js';

export interface MergeRequest<F extends string> {
  survivorId: string;
  /** The survivor version the caller read (If-Match). */
  survivorVersion: number;
  mergedId: string;
  /** The merged record's version the caller read. */
  mergedVersion: number;
  choices?: FieldChoices<F>;
}

export interface MergeResult<T> {
  survivor: T;
  merged: T;
  moved: MovedReferences[];
}

/**
 * Merges a duplicate organisation into the one that stays: the survivor takes the chosen
 * field values, everything that pointed at the duplicate (contact persons, contact moments,
 * tasks, documents) moves to the survivor, and the duplicate is archived read-only with
 * `mergedIntoId`, all in one transaction. Both records' audit trails record the merge with
 * its reason and field choices; the trail itself is never rewritten.
 */
@UseCase()
export class MergeOrganisations {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly references: MergedRelationReferencesRegistry,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws ValidationError `reason.required`, `merge.same-record`
   * @throws NotFoundError `organisation.not-found`
   * @throws ConflictError `organisation.merged` when either was merged already, `merge.archived` when archived
   * @throws StaleVersionError when either version is not the one read
   */
  async execute(request: MergeRequest<MergeableOrganisationField>, context: ChangeContext): Promise<MergeResult<Organisation>> {
    const reason = requireReason(context);
    if (request.survivorId === request.mergedId) throw mergeSameRecord();
    return this.transactions.run(async () => {
      const survivor = await this.organisations.findById(request.survivorId);
      const merged = await this.organisations.findById(request.mergedId);
      if (!survivor || !merged) throw organisationNotFound();
      for (const record of [survivor, merged]) {
        if (record.mergedIntoId) throw organisationMerged();
        if (record.archivedAt) throw mergeArchived();
      }
      if (survivor.version !== request.survivorVersion) throw new StaleVersionError(survivor.version);
      if (merged.version !== request.mergedVersion) throw new StaleVersionError(merged.version);

      const { values, choices } = mergeFieldValues(survivor, merged, MERGEABLE_ORGANISATION_FIELDS, request.choices ?? {});
      const now = this.clock.now();
      const takesKvk = choices['kvkNumber'] === 'merged';
      const nextSurvivor: Organisation = {
        ...survivor,
        ...values,
        vestigingsnummer: takesKvk ? merged.vestigingsnummer : survivor.vestigingsnummer,
        version: survivor.version + 1,
        updatedAt: now,
      };
      // KvK number + vestigingsnummer are unique across all organisations, archived ones too:
      // when the survivor takes them over, the merged record gives them up.
      const nextMerged: Organisation = {
        ...merged,
        ...(takesKvk ? { kvkNumber: null, vestigingsnummer: null } : {}),
        archivedAt: now,
        archiveReason: reason,
        mergedIntoId: survivor.id,
        version: merged.version + 1,
        updatedAt: now,
      };
      await updateIfUnchanged(this.organisations, nextMerged, merged.version);
      await updateIfUnchanged(this.organisations, nextSurvivor, survivor.version);
      const moved = await this.references.move('organisation', merged.id, survivor.id);

      const merge = { survivorId: survivor.id, mergedId: merged.id, choices, moved };
      const auditContext = { ...context, reason };
      await this.auditLog.record({
        action: 'merge',
        objectType: RELATION_AUDIT_OBJECT_TYPES.organisation,
        objectId: survivor.id,
        changes: { ...auditedChanges(survivor, nextSurvivor), merge: { old: null, new: merge } },
        context: auditContext,
      });
      await this.auditLog.record({
        action: 'merge',
        objectType: RELATION_AUDIT_OBJECT_TYPES.organisation,
        objectId: merged.id,
        changes: { ...auditedChanges(merged, nextMerged), merge: { old: null, new: merge } },
        context: auditContext,
      });
      return { survivor: nextSurvivor, merged: nextMerged, moved };
    });
  }
}
