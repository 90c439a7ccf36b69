import { ConflictError, NotFoundError } from '@gemeente-crm/api-kernel';

export function contactMomentNotFound(): NotFoundError {
  return new NotFoundError('contact-moment.not-found', 'Het contactmoment bestaat niet.');
}

/** An archived contact moment is read-only until restored: it was withdrawn for a reason. */
export function contactMomentArchived(): ConflictError {
  return new ConflictError('contact-moment.archived', 'Het contactmoment is gearchiveerd; zet het eerst terug om het te wijzigen.');
}

export function contactMomentNotArchived(): ConflictError {
  return new ConflictError('contact-moment.not-archived', 'Het contactmoment is niet gearchiveerd.');
}
