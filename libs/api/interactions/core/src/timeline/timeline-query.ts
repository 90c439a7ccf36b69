import { type PageRequest, ValidationError } from '@gemeente-crm/api-kernel';
import type { RelationRef } from '../links/object-ref.js';
import { pageRequestOf } from '../shared/page-request.js';
import { TIMELINE_KINDS, type TimelineKind } from './timeline.js';

/** A timeline as a caller asks for it. */
export interface TimelineQueryInput extends Partial<PageRequest> {
  /** The kinds to show; all when empty or left out. */
  kinds?: readonly TimelineKind[];
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

/** As the reader receives it: newest first. */
export interface TimelineQuery extends PageRequest {
  subject: RelationRef;
  kinds: TimelineKind[];
  from?: Date;
  to?: Date;
}

/** @throws ValidationError `period.invalid` when `from` is not before `to` */
export function normaliseTimelineQuery(subject: RelationRef, input: TimelineQueryInput): TimelineQuery {
  if (input.from && input.to && input.from.getTime() >= input.to.getTime()) {
    throw new ValidationError([{ field: 'to', code: 'period.invalid', message: 'Het einde van de periode moet na het begin liggen.' }]);
  }
  const kinds = input.kinds?.length ? TIMELINE_KINDS.filter((kind) => input.kinds!.includes(kind)) : [...TIMELINE_KINDS];
  const query: TimelineQuery = { subject, kinds, ...pageRequestOf(input) };
  if (input.from) query.from = input.from;
  if (input.to) query.to = input.to;
  return query;
}
