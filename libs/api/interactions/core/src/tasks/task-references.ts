import type { FieldError } from '@gemeente-crm/api-kernel';
import { ContactMomentRepository } from '../contact-moments/contact-moment-repository.js';
import { LinkTargets } from '../links/link-targets.js';
import { refKey } from '../links/object-ref.js';
import { StaffDirectory, unknownStaffErrors } from '../staff/staff-directory.js';
import type { TaskFields } from './task.js';

export interface TaskReferencePorts {
  linkTargets: LinkTargets;
  staff: StaffDirectory;
  moments: ContactMomentRepository;
}

/**
 * Field errors for what a task points at: the relation must exist (and be active when newly
 * chosen), the assignee must be a known employee, and a contact moment it follows up must exist
 * and be about the same relation, and so must a lead it is about (its `regarding`). References
 * unchanged since `current` are not checked again, so a task keeps its relation after that
 * relation is archived, and its lead after the lead moved to another relation.
 */
export async function taskReferenceErrors(ports: TaskReferencePorts, fields: TaskFields, current: TaskFields | null): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const relationChanged = !current || refKey(current.relation) !== refKey(fields.relation);
  if (relationChanged) errors.push(...(await ports.linkTargets.check([fields.relation], () => 'relation')));
  if (fields.assigneeId && fields.assigneeId !== current?.assigneeId) {
    errors.push(...(await unknownStaffErrors(ports.staff, [fields.assigneeId], () => 'assigneeId', 'assignee.unknown')));
  }
  if (fields.contactMomentId && (relationChanged || fields.contactMomentId !== current?.contactMomentId)) {
    const moment = await ports.moments.findById(fields.contactMomentId);
    if (!moment || moment.archivedAt) {
      errors.push({ field: 'contactMomentId', code: 'contact-moment.not-found', message: 'Dit contactmoment bestaat niet (meer).' });
    } else if (!moment.links.some((link) => refKey(link) === refKey(fields.relation))) {
      errors.push({ field: 'contactMomentId', code: 'contact-moment.other-relation', message: 'Dit contactmoment gaat niet over de gekozen relatie.' });
    }
  }
  const regardingChanged = !current || (current.regarding ? refKey(current.regarding) : null) !== (fields.regarding ? refKey(fields.regarding) : null);
  if (fields.regarding && (relationChanged || regardingChanged)) {
    const target = await ports.linkTargets.find(fields.regarding);
    if (!target) {
      errors.push({ field: 'regarding', code: 'regarding.not-found', message: 'Deze lead bestaat niet.' });
    } else if (target.relation && refKey(target.relation) !== refKey(fields.relation)) {
      errors.push({ field: 'regarding', code: 'regarding.other-relation', message: 'Deze lead gaat over een andere relatie dan de taak.' });
    }
  }
  return errors;
}
