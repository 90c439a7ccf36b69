import type { FieldError } from '@gemeente-crm/api-kernel';
import { optionalText } from '@gemeente-crm/relations-core';
import { checkObjectRef, RELATION_OBJECT_TYPES, type RelationRef, type RegardingRef, TASK_REGARDING_TYPES } from '../links/object-ref.js';
import { isCalendarDate } from '../rules/local-date.js';
import { tooLongError } from '../shared/field-length.js';
import type { TaskFields, TaskInput } from './task.js';

export const MAX_TITLE_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 10_000;
export const MAX_TEAM_LENGTH = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TaskCheckOptions {
  /** Who gets the task when neither a person nor a team is named (the creator); null: one is required. */
  defaultAssigneeId: string | null;
}

/**
 * Normalises and validates a task in one pass; `fields` is only meaningful when `errors` is
 * empty. Whether the relation, the assignee, the contact moment and the lead (`regarding`) exist
 * is checked by the use case.
 */
export function checkTaskInput(input: TaskInput, options: TaskCheckOptions): { fields: TaskFields; errors: FieldError[] } {
  const errors: FieldError[] = [];

  const title = optionalText(input.title)?.replace(/\s+/g, ' ') ?? '';
  if (!title) errors.push({ field: 'title', code: 'title.required', message: 'Vul in wat er moet gebeuren.' });
  errors.push(...tooLongError('title', 'title', title, MAX_TITLE_LENGTH));

  const description = optionalText(input.description);
  errors.push(...tooLongError('description', 'description', description, MAX_DESCRIPTION_LENGTH));

  const assigneeTeam = optionalText(input.assigneeTeam)?.replace(/\s+/g, ' ') ?? null;
  errors.push(...tooLongError('assigneeTeam', 'assignee-team', assigneeTeam, MAX_TEAM_LENGTH));
  let assigneeId = optionalText(input.assigneeId);
  if (!assigneeId && !assigneeTeam) {
    assigneeId = options.defaultAssigneeId;
    if (!assigneeId) {
      errors.push({ field: 'assigneeId', code: 'assignee.required', message: 'Wijs de taak toe aan een medewerker of een team.' });
    }
  }

  const dueDate = optionalText(input.dueDate);
  if (dueDate && !isCalendarDate(dueDate)) {
    errors.push({ field: 'dueDate', code: 'due-date.invalid', message: 'Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2026-07-01.' });
  }

  let relation: RelationRef | null = null;
  if (!input.relation) {
    errors.push({ field: 'relation', code: 'relation.required', message: 'Kies de organisatie of persoon waarvoor de taak is.' });
  } else {
    const checked = checkObjectRef(input.relation, 'relation', RELATION_OBJECT_TYPES);
    errors.push(...checked.errors);
    relation = checked.ref as RelationRef | null;
  }

  const contactMomentId = optionalText(input.contactMomentId)?.toLowerCase() ?? null;
  if (contactMomentId && !UUID.test(contactMomentId)) {
    errors.push({ field: 'contactMomentId', code: 'contact-moment-id.invalid', message: 'Het id van het contactmoment moet een UUID zijn.' });
  }

  let regarding: RegardingRef | null = null;
  if (input.regarding) {
    const checked = checkObjectRef(input.regarding, 'regarding', TASK_REGARDING_TYPES);
    errors.push(...checked.errors);
    regarding = checked.ref as RegardingRef | null;
  }

  return {
    fields: {
      title,
      description,
      assigneeId,
      assigneeTeam,
      dueDate,
      relation: relation ?? { objectType: 'organisation', objectId: '' },
      contactMomentId,
      regarding,
    },
    errors,
  };
}
