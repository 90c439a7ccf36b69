import type { PageRequest } from '@gemeente-crm/api-kernel';
import { optionalText } from '@gemeente-crm/relations-core';
import type { ObjectRef } from '../links/object-ref.js';
import { pageRequestOf } from '../shared/page-request.js';
import type { ContactChannel, ContactDirection } from './contact-moment.js';

/** A list request as a caller asks it; everything optional. */
export interface ContactMomentQueryInput extends Partial<PageRequest> {
  /** Only moments linked to this record (organisation, person...). */
  linkedTo?: ObjectRef;
  channel?: ContactChannel;
  direction?: ContactDirection;
  /** Only moments this employee took part in. */
  participantId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /** Full-text search over subject and notes. */
  q?: string;
  includeArchived?: boolean;
}

/** As the repository receives it: blanks removed, defaults filled in, page size capped. Newest first. */
export interface ContactMomentQuery extends PageRequest {
  linkedTo?: ObjectRef;
  channel?: ContactChannel;
  direction?: ContactDirection;
  participantId?: string;
  from?: Date;
  to?: Date;
  q?: string;
  includeArchived: boolean;
}

export function normaliseContactMomentQuery(input: ContactMomentQueryInput): ContactMomentQuery {
  const query: ContactMomentQuery = { includeArchived: input.includeArchived ?? false, ...pageRequestOf(input) };
  if (input.linkedTo) query.linkedTo = input.linkedTo;
  if (input.channel) query.channel = input.channel;
  if (input.direction) query.direction = input.direction;
  const participantId = optionalText(input.participantId);
  if (participantId) query.participantId = participantId;
  if (input.from) query.from = input.from;
  if (input.to) query.to = input.to;
  const q = optionalText(input.q);
  if (q) query.q = q;
  return query;
}
