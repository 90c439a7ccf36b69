import { ConflictError, NotFoundError } from '@gemeente-crm/api-kernel';

export function personNotFound(): NotFoundError {
  return new NotFoundError('person.not-found', 'De persoon bestaat niet.');
}

export function personArchived(): ConflictError {
  return new ConflictError('person.archived', 'De persoon is gearchiveerd; zet de persoon eerst terug om te wijzigen.');
}

export function personNotArchived(): ConflictError {
  return new ConflictError('person.not-archived', 'De persoon is niet gearchiveerd.');
}

/** Deliberately without the number itself: a BSN never appears in an error. */
export function duplicateBsn(): ConflictError {
  return new ConflictError('person.duplicate-bsn', 'Er is al een persoon (mogelijk gearchiveerd) met dit BSN.');
}
