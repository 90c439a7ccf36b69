import { ConflictError, NotFoundError } from '@gemeente-crm/api-kernel';

export function organisationNotFound(): NotFoundError {
  return new NotFoundError('organisation.not-found', 'De organisatie bestaat niet.');
}

/** Archived organisations are read-only until restored, so nobody edits a relation they cannot see in lists. */
export function organisationArchived(): ConflictError {
  return new ConflictError('organisation.archived', 'De organisatie is gearchiveerd; zet haar eerst terug om haar te wijzigen.');
}

export function organisationNotArchived(): ConflictError {
  return new ConflictError('organisation.not-archived', 'De organisatie is niet gearchiveerd.');
}

export function duplicateKvk(): ConflictError {
  return new ConflictError(
    'organisation.duplicate-kvk',
    'Er is al een organisatie (mogelijk gearchiveerd) met dit KvK-nummer en vestigingsnummer.',
  );
}
