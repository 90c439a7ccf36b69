import type { Page } from '@gemeente-crm/api-kernel';
import type { ContactChannel, ContactDirection } from '../contact-moments/contact-moment.js';
import type { TaskStatus } from '../tasks/task.js';

/**
 * What a relation's timeline shows, each kind one indexed branch of the same query. E-mails are
 * contact moments imported from an e-mail; documents are those filed on the relation itself
 * (an e-mail's attachments show with the e-mail).
 */
export const TIMELINE_KINDS = ['contact-moment', 'email', 'task', 'document', 'change'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

interface TimelineItemBase {
  kind: TimelineKind;
  /** Id of the contact moment (also for e-mails), the task, the document, or the audit event. */
  id: string;
  occurredAt: Date;
  /** One line to show: subject, task title, or what changed. */
  title: string;
  actorId: string | null;
  actorName: string | null;
}

export interface ContactMomentTimelineItem extends TimelineItemBase {
  kind: 'contact-moment';
  channel: ContactChannel;
  direction: ContactDirection;
  notesExcerpt: string | null;
}

/** A contact moment imported from an e-mail. */
export interface EmailTimelineItem extends TimelineItemBase {
  kind: 'email';
  direction: ContactDirection;
  from: { address: string; name: string | null };
  to: { address: string; name: string | null }[];
  notesExcerpt: string | null;
  /** The attachments kept as documents (not archived). */
  attachments: { id: string; fileName: string; sizeBytes: number }[];
}

/** A document filed on the relation, at the moment it was uploaded; the title is its file name. */
export interface DocumentTimelineItem extends TimelineItemBase {
  kind: 'document';
  contentType: string;
  sizeBytes: number;
  description: string | null;
}

/** A task, at the moment it was created. */
export interface TaskTimelineItem extends TimelineItemBase {
  kind: 'task';
  status: TaskStatus;
  dueDate: string | null;
  assigneeId: string | null;
  assigneeTeam: string | null;
  closedAt: Date | null;
}

/** A change to the relation itself, from the audit trail. */
export interface ChangeTimelineItem extends TimelineItemBase {
  kind: 'change';
  action: string;
  changedFields: string[];
  reason: string | null;
}

export type TimelineItem = ContactMomentTimelineItem | EmailTimelineItem | TaskTimelineItem | DocumentTimelineItem | ChangeTimelineItem;

/** Items per kind over the requested period, whichever kinds are shown: for the filter's badges. */
export type TimelineCounts = Record<TimelineKind, number>;

export interface TimelinePage extends Page<TimelineItem> {
  counts: TimelineCounts;
}

export function isTimelineKind(value: string): value is TimelineKind {
  return (TIMELINE_KINDS as readonly string[]).includes(value);
}
