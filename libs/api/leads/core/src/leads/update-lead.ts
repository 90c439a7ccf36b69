import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { auditedChanges, OrganisationRepository, PersonRepository, UseCase } from '@gemeente-crm/relations-core';
import { LeadOptionRepository } from '../options/lead-option-repository.js';
import { LeadScoreScheduler } from '../scoring/scoring-ports.js';
import { LEAD_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { type Lead, leadInputOf, type LeadPatch } from './lead.js';
import { leadClosed, leadNotFound } from './lead-errors.js';
import { checkLeadInput } from './lead-input.js';
import { LeadOwnerDirectory } from './lead-owner-directory.js';
import { leadReferenceErrors } from './lead-references.js';
import { LeadRepository } from './lead-repository.js';

/** Edits the fields of an open lead; the stage and the outcome change through their own use cases. */
@UseCase()
export class UpdateLead {
  constructor(
    private readonly leads: LeadRepository,
    private readonly options: LeadOptionRepository,
    private readonly owners: LeadOwnerDirectory,
    private readonly organisations: OrganisationRepository,
    private readonly persons: PersonRepository,
    private readonly scores: LeadScoreScheduler,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Changes the fields present in `patch`; a patch that changes nothing writes nothing. Fields
   * the current stage requires may not be emptied (the lead would no longer meet its stage).
   * A change asks for the score to be recomputed after the transaction commits.
   *
   * @throws NotFoundError `lead.not-found`; ConflictError `lead.closed`
   * @throws StaleVersionError when someone else changed it since `expectedVersion`
   * @throws ValidationError listing every invalid field
   */
  async execute(id: string, patch: LeadPatch, expectedVersion: number, context: ChangeContext): Promise<Lead> {
    return this.transactions.run(async () => {
      const current = await this.leads.findById(id);
      if (!current) throw leadNotFound();
      if (current.version !== expectedVersion) throw new StaleVersionError(current.version);
      const { fields, errors } = checkLeadInput({ ...leadInputOf(current), ...definedFields(patch) });
      if (errors.length > 0) throw new ValidationError(errors);
      const changes = auditedChanges(current, { ...current, ...fields });
      if (Object.keys(changes).length === 0) return current;
      if (current.status !== 'open') throw leadClosed();
      const references = await leadReferenceErrors(
        { organisations: this.organisations, persons: this.persons, owners: this.owners, options: this.options },
        fields,
        current,
      );
      if (references.length > 0) throw new ValidationError(references);
      const next: Lead = { ...current, ...fields, version: current.version + 1, updatedAt: this.clock.now() };
      await updateIfUnchanged(this.leads, next, expectedVersion);
      await this.auditLog.record({ action: 'update', objectType: LEAD_AUDIT_OBJECT_TYPES.lead, objectId: id, changes, context });
      await this.scores.rescoreLead(id);
      return next;
    });
  }
}

/** The entries of a patch that are present (undefined means "leave as it is"). */
export function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
