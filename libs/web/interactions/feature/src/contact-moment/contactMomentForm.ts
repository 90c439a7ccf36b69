import type { TFunction } from 'i18next';
import type { ContactChannel, ContactDirection, ContactMomentInput, TaskInput } from '@gemeente-crm/web-api-client';
import type { RelationRef } from '../types';

/** What the "Contactmoment vastleggen" form edits (strings for inputs). */
export interface ContactMomentValues {
  channel: ContactChannel;
  direction: ContactDirection;
  /** `YYYY-MM-DDTHH:mm` in the browser's time, as a datetime-local input holds it. */
  occurredAt: string;
  /** False while the time is still the default "now" (it then follows the clock). */
  occurredAtEdited: boolean;
  subject: string;
  notes: string;
  /** On an organisation: a contact person also linked; on a person: an organisation. */
  alsoLinkedId: string;
  followUp: boolean;
  taskTitle: string;
  taskAssigneeId: string;
  /** `YYYY-MM-DD` or ''. */
  taskDueDate: string;
}

/** The form's draft: the values and, once stored, the contact moment's id (so a retry does not store it twice). */
export interface ContactMomentDraft {
  values: ContactMomentValues;
  savedContactMomentId: string | null;
}

/** Every field path the form can show an error next to (API field paths; the task's under `task.`). */
export const CONTACT_MOMENT_FIELDS = ['channel', 'direction', 'occurredAt', 'subject', 'notes', 'links', 'participantIds', 'task.title', 'task.assigneeId', 'task.dueDate'] as const;
export const TASK_FIELDS = ['title', 'assigneeId', 'dueDate', 'description', 'assigneeTeam', 'relation', 'contactMomentId'] as const;

const pad = (value: number) => String(value).padStart(2, '0');

/** A date as a datetime-local input value (the browser's time zone). */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyContactMomentValues(assigneeId: string, now = new Date()): ContactMomentValues {
  return {
    channel: 'telefoon',
    direction: 'inkomend',
    occurredAt: toLocalInput(now),
    occurredAtEdited: false,
    subject: '',
    notes: '',
    alsoLinkedId: '',
    followUp: false,
    taskTitle: '',
    taskAssigneeId: assigneeId,
    taskDueDate: '',
  };
}

/** Five minutes of clock difference are tolerated, as on the API. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Checks in the browser that mirror the API's rules; the API stays the judge (422). */
export function validateContactMoment(values: ContactMomentValues, t: TFunction, options: { momentSaved: boolean; now?: Date }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!options.momentSaved) {
    if (!values.subject.trim()) errors['subject'] = t('contactMoment.subjectRequired');
    if (values.occurredAtEdited) {
      const when = new Date(values.occurredAt);
      if (!values.occurredAt || Number.isNaN(when.getTime())) errors['occurredAt'] = t('contactMoment.occurredAtRequired');
      else if (when.getTime() > (options.now ?? new Date()).getTime() + CLOCK_SKEW_MS) errors['occurredAt'] = t('contactMoment.occurredAtInFuture');
    }
  }
  if (values.followUp) {
    if (!values.taskTitle.trim()) errors['task.title'] = t('contactMoment.taskTitleRequired');
    if (values.taskDueDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.taskDueDate)) errors['task.dueDate'] = t('contactMoment.dueDateInvalid');
  }
  return errors;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The notes as the simple HTML the API stores: a paragraph per block (blank line), a line break
 * per single newline. Typed text is escaped, so "<" stays text.
 */
export function notesToHtml(text: string): string | null {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return blocks.length ? blocks.map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`).join('') : null;
}

/** The POST /contact-moments body: the relation itself, plus the optional contact person or organisation. */
export function contactMomentInput(values: ContactMomentValues, relation: RelationRef): ContactMomentInput {
  const links: ContactMomentInput['links'] = [{ objectType: relation.objectType, objectId: relation.objectId }];
  if (values.alsoLinkedId) links.push({ objectType: relation.objectType === 'organisation' ? 'person' : 'organisation', objectId: values.alsoLinkedId });
  return {
    channel: values.channel,
    direction: values.direction,
    // Untouched, the time is "now": the API fills in its own clock.
    ...(values.occurredAtEdited ? { occurredAt: new Date(values.occurredAt).toISOString() } : {}),
    subject: values.subject.trim(),
    notes: notesToHtml(values.notes),
    links,
  };
}

/** The POST /tasks body of the follow-up task; recorded from a lead, the task is about that lead too. */
export function followUpTaskInput(
  values: ContactMomentValues,
  relation: RelationRef,
  contactMomentId: string,
  lead?: { objectType: 'lead'; objectId: string },
): TaskInput {
  return {
    title: values.taskTitle.trim(),
    assigneeId: values.taskAssigneeId || null,
    dueDate: values.taskDueDate || null,
    relation: { objectType: relation.objectType, objectId: relation.objectId },
    contactMomentId,
    ...(lead ? { regarding: { objectType: lead.objectType, objectId: lead.objectId } } : {}),
  };
}
