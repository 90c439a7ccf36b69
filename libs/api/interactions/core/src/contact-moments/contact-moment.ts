import type { ObjectRef, ObjectRefInput } from '../links/object-ref.js';

/** Channels of a klantcontact, as Klantinteracties names them. */
export const CONTACT_CHANNELS = ['telefoon', 'e-mail', 'bezoek', 'brief', 'overleg', 'chat', 'anders'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_DIRECTIONS = ['inkomend', 'uitgaand'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

/** What staff edit on a contact moment. */
export interface ContactMomentFields {
  channel: ContactChannel;
  direction: ContactDirection;
  occurredAt: Date;
  subject: string;
  /** Sanitised HTML; null when there are no notes. */
  notesHtml: string | null;
  /** The notes as plain text, for search, lists and exports. */
  notesText: string | null;
  /** Relations (and later leads, contracts, complaints) the contact was about; at least one, sorted. */
  links: ObjectRef[];
  /** Staff user ids of the employees who took part; sorted, unique. */
  participantIds: string[];
}

export interface ContactMoment extends ContactMomentFields {
  id: string;
  /** Who registered it. */
  createdBy: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /**
   * Set when archived: a contact moment registered by mistake is archived with a reason rather
   * than deleted, so the trail of what was recorded about a relation stays complete.
   */
  archivedAt: Date | null;
  archiveReason: string | null;
}

/** A contact moment as a caller submits it, to be normalised and validated. */
export interface ContactMomentInput {
  channel: string;
  direction: string;
  /** Defaults to now. */
  occurredAt?: Date | null;
  subject: string;
  /** Rich text (HTML); sanitised before it is stored. */
  notes?: string | null;
  links: readonly ObjectRefInput[];
  /** Defaults to the employee who registers it. */
  participantIds?: readonly string[];
}

/** The fields to change; left out keeps the value. `links` and `participantIds` replace the whole set. */
export type ContactMomentPatch = Partial<ContactMomentInput>;

/** One row of a contact moment list. */
export interface ContactMomentSummary {
  id: string;
  channel: ContactChannel;
  direction: ContactDirection;
  occurredAt: Date;
  subject: string;
  /** The first part of the notes' plain text. */
  notesExcerpt: string | null;
  links: ObjectRef[];
  participantIds: string[];
  archived: boolean;
}

export const NOTES_EXCERPT_LENGTH = 200;

export function isContactChannel(value: string): value is ContactChannel {
  return (CONTACT_CHANNELS as readonly string[]).includes(value);
}

export function isContactDirection(value: string): value is ContactDirection {
  return (CONTACT_DIRECTIONS as readonly string[]).includes(value);
}

/** The start of a text, cut at a word boundary, with an ellipsis when something was left out. */
export function excerpt(text: string | null, length: number = NOTES_EXCERPT_LENGTH): string | null {
  if (text === null) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function toContactMomentSummary(moment: ContactMoment): ContactMomentSummary {
  return {
    id: moment.id,
    channel: moment.channel,
    direction: moment.direction,
    occurredAt: moment.occurredAt,
    subject: moment.subject,
    notesExcerpt: excerpt(moment.notesText),
    links: moment.links,
    participantIds: moment.participantIds,
    archived: moment.archivedAt !== null,
  };
}

/** The editable fields of a stored contact moment, as input again (the base a patch applies to). */
export function contactMomentInputOf(moment: ContactMoment): ContactMomentInput {
  return {
    channel: moment.channel,
    direction: moment.direction,
    occurredAt: moment.occurredAt,
    subject: moment.subject,
    notes: moment.notesHtml,
    links: moment.links,
    participantIds: moment.participantIds,
  };
}
