import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { LinkTargets } from '../links/link-targets.js';
import { refKey } from '../links/object-ref.js';
import { INTERACTION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { definedFields } from '../shared/defined-fields.js';
import { StaffDirectory, unknownStaffErrors } from '../staff/staff-directory.js';
import { type ContactMoment, contactMomentInputOf, type ContactMomentPatch } from './contact-moment.js';
import { contactMomentArchived, contactMomentNotFound } from './contact-moment-errors.js';
import { checkContactMomentInput } from './contact-moment-input.js';
import { ContactMomentRepository } from './contact-moment-repository.js';

/** Staff correct a contact moment by editing it; the audit trail keeps what it said before. */
@UseCase()
export class UpdateContactMoment {
  constructor(
    private readonly moments: ContactMomentRepository,
    private readonly linkTargets: LinkTargets,
    private readonly staff: StaffDirectory,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Changes the fields present in `patch`; a patch that changes nothing writes nothing.
   *
   * @param expectedVersion the version the caller read (ETag / If-Match)
   * @throws NotFoundError `contact-moment.not-found`
   * @throws ConflictError `contact-moment.archived`
   * @throws StaleVersionError when someone else changed it since `expectedVersion`
   * @throws ValidationError listing every invalid field of the result
   */
  async execute(id: string, patch: ContactMomentPatch, expectedVersion: number, context: ChangeContext): Promise<ContactMoment> {
    return this.transactions.run(async () => {
      const current = await this.moments.findById(id);
      if (!current) throw contactMomentNotFound();
      if (current.archivedAt) throw contactMomentArchived();
      if (current.version !== expectedVersion) throw new StaleVersionError(current.version);

      const now = this.clock.now();
      const { fields, errors, fieldOf } = checkContactMomentInput(
        { ...contactMomentInputOf(current), ...definedFields(patch) },
        { now, defaultParticipantId: context.actor.id },
      );
      if (errors.length > 0) throw new ValidationError(errors);
      // Links and participants kept from before stay valid even if their records were archived
      // or the employee left; only new ones are checked.
      const keptLinks = new Set(current.links.map(refKey));
      const keptParticipants = new Set(current.participantIds);
      const related = [
        ...(await this.linkTargets.check(fields.links, fieldOf.link, keptLinks)),
        ...(await unknownStaffErrors(
          this.staff,
          fields.participantIds.filter((participant) => !keptParticipants.has(participant)),
          fieldOf.participant,
          'participant.unknown',
        )),
      ];
      if (related.length > 0) throw new ValidationError(related);

      const changes = auditedChanges(current, { ...current, ...fields });
      if (Object.keys(changes).length === 0) return current;
      const next: ContactMoment = { ...current, ...fields, version: current.version + 1, updatedAt: now };
      await updateIfUnchanged(this.moments, next, expectedVersion);
      await this.auditLog.record({
        action: 'update',
        objectType: INTERACTION_AUDIT_OBJECT_TYPES.contactMoment,
        objectId: id,
        changes,
        context,
      });
      return next;
    });
  }
}
