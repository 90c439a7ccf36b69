import type { FieldError } from '@gemeente-crm/api-kernel';
import { optionalText } from '@gemeente-crm/relations-core';
import { checkObjectRef, type ObjectRef, refKey, sortRefs } from '../links/object-ref.js';
import { MAX_NOTES_LENGTH, sanitiseNotes } from '../rules/rich-text.js';
import { tooLongError } from '../shared/field-length.js';
import {
  CONTACT_CHANNELS,
  CONTACT_DIRECTIONS,
  type ContactMomentFields,
  type ContactMomentInput,
  isContactChannel,
  isContactDirection,
} from './contact-moment.js';

export const MAX_SUBJECT_LENGTH = 300;
export const MAX_LINKS = 20;
export const MAX_PARTICIPANTS = 20;

/** A contact moment records something that happened; clocks of devices may differ by a few minutes. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface ContactMomentCheckOptions {
  now: Date;
  /** Who takes part when the caller names nobody: the employee registering it. */
  defaultParticipantId: string;
}

/**
 * Normalises and validates a contact moment in one pass, so a form can show every problem at
 * once; `fields` is only meaningful when `errors` is empty. Whether links point at existing
 * records and participants are known staff is checked by the use case (it needs the ports).
 */
export function checkContactMomentInput(
  input: ContactMomentInput,
  options: ContactMomentCheckOptions,
): { fields: ContactMomentFields; errors: FieldError[]; fieldOf: ContactMomentFieldNames } {
  const errors: FieldError[] = [];

  const channel = optionalText(input.channel)?.toLowerCase() ?? '';
  if (!isContactChannel(channel)) {
    errors.push({ field: 'channel', code: channel ? 'channel.unknown' : 'channel.required', message: `Kies een kanaal: ${CONTACT_CHANNELS.join(', ')}.` });
  }
  const direction = optionalText(input.direction)?.toLowerCase() ?? '';
  if (!isContactDirection(direction)) {
    errors.push({
      field: 'direction',
      code: direction ? 'direction.unknown' : 'direction.required',
      message: `Kies een richting: ${CONTACT_DIRECTIONS.join(' of ')}.`,
    });
  }

  const occurredAt = input.occurredAt ?? options.now;
  if (Number.isNaN(occurredAt.getTime())) {
    errors.push({ field: 'occurredAt', code: 'occurred-at.invalid', message: 'Vul een geldige datum en tijd in.' });
  } else if (occurredAt.getTime() > options.now.getTime() + FUTURE_TOLERANCE_MS) {
    errors.push({ field: 'occurredAt', code: 'occurred-at.in-future', message: 'Een contactmoment ligt niet in de toekomst; plan een vervolg als taak.' });
  }

  const subject = optionalText(input.subject)?.replace(/\s+/g, ' ') ?? '';
  if (!subject) errors.push({ field: 'subject', code: 'subject.required', message: 'Vul het onderwerp van het contact in.' });
  errors.push(...tooLongError('subject', 'subject', subject, MAX_SUBJECT_LENGTH));

  const notes = sanitiseNotes(input.notes);
  if (notes && notes.html.length > MAX_NOTES_LENGTH) {
    errors.push({ field: 'notes', code: 'notes.too-long', message: `De notitie mag hoogstens ${MAX_NOTES_LENGTH} tekens lang zijn.` });
  }

  const links = new Map<string, ObjectRef>();
  const linkFields = new Map<string, string>();
  (input.links ?? []).forEach((raw, index) => {
    const { ref, errors: linkErrors } = checkObjectRef(raw, `links.${index}`);
    errors.push(...linkErrors);
    if (ref && !links.has(refKey(ref))) {
      links.set(refKey(ref), ref);
      linkFields.set(refKey(ref), `links.${index}`);
    }
  });
  if (!(input.links ?? []).length) {
    errors.push({ field: 'links', code: 'links.required', message: 'Koppel het contactmoment aan ten minste één organisatie of persoon.' });
  }
  if ((input.links ?? []).length > MAX_LINKS) {
    errors.push({ field: 'links', code: 'links.too-many', message: `Koppel hoogstens ${MAX_LINKS} relaties aan één contactmoment.` });
  }

  const participantIds = new Set<string>();
  const participantFields = new Map<string, string>();
  (input.participantIds ?? [options.defaultParticipantId]).forEach((raw, index) => {
    const id = optionalText(raw);
    if (!id) errors.push({ field: `participantIds.${index}`, code: 'participant.invalid', message: 'Kies een medewerker.' });
    else if (!participantIds.has(id)) {
      participantIds.add(id);
      participantFields.set(id, `participantIds.${index}`);
    }
  });
  if (participantIds.size > MAX_PARTICIPANTS) {
    errors.push({ field: 'participantIds', code: 'participants.too-many', message: `Noem hoogstens ${MAX_PARTICIPANTS} medewerkers.` });
  }

  return {
    fields: {
      channel: channel as ContactMomentFields['channel'],
      direction: direction as ContactMomentFields['direction'],
      occurredAt,
      subject,
      notesHtml: notes?.html ?? null,
      notesText: notes?.text ?? null,
      links: sortRefs([...links.values()]),
      participantIds: [...participantIds].sort(),
    },
    errors,
    fieldOf: {
      link: (ref) => linkFields.get(refKey(ref)) ?? 'links',
      participant: (id) => participantFields.get(id) ?? 'participantIds',
    },
  };
}

/**
 * Where a normalised link or participant was in the caller's input, so errors found later
 * (the relation does not exist, the employee is unknown) name the field the caller sent,
 * although the stored lists are deduplicated and sorted.
 */
export interface ContactMomentFieldNames {
  link(ref: ObjectRef): string;
  participant(id: string): string;
}
