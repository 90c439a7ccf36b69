import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { LinkTargets } from '../links/link-targets.js';
import { INTERACTION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { StaffDirectory, unknownStaffErrors } from '../staff/staff-directory.js';
import type { ContactMoment, ContactMomentInput } from './contact-moment.js';
import { checkContactMomentInput } from './contact-moment-input.js';
import { ContactMomentRepository } from './contact-moment-repository.js';

@UseCase()
export class CreateContactMoment {
  constructor(
    private readonly moments: ContactMomentRepository,
    private readonly linkTargets: LinkTargets,
    private readonly staff: StaffDirectory,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Registers a contact moment. Participants default to the employee registering it.
   *
   * @throws ValidationError listing every invalid field, including links to records that do not
   *   exist or are archived (`links.<i>`) and unknown participants (`participantIds.<i>`)
   */
  async execute(input: ContactMomentInput, context: ChangeContext): Promise<ContactMoment> {
    const now = this.clock.now();
    const { fields, errors, fieldOf } = checkContactMomentInput(input, { now, defaultParticipantId: context.actor.id });
    if (errors.length > 0) throw new ValidationError(errors);
    return this.transactions.run(async () => {
      const related = [
        ...(await this.linkTargets.check(fields.links, fieldOf.link)),
        ...(await unknownStaffErrors(this.staff, fields.participantIds, fieldOf.participant, 'participant.unknown')),
      ];
      if (related.length > 0) throw new ValidationError(related);
      const moment: ContactMoment = {
        id: randomUUID(),
        ...fields,
        createdBy: context.actor.id,
        version: 1,
        createdAt: now,
        updatedAt: now,
        archivedAt: null,
        archiveReason: null,
      };
      await this.moments.insert(moment);
      await this.auditLog.record({
        action: 'create',
        objectType: INTERACTION_AUDIT_OBJECT_TYPES.contactMoment,
        objectId: moment.id,
        changes: auditedChanges(null, moment),
        context,
      });
      return moment;
    });
  }
}
