import { ConflictError, ValidationError } from '@gemeente-crm/api-kernel';

/** A merged record stays read-only for good; its successor is where work continues. */
export function organisationMerged(): ConflictError {
  return new ConflictError('organisation.merged', 'De organisatie is samengevoegd met een andere organisatie en kan niet meer worden gewijzigd.');
}

export function personMerged(): ConflictError {
  return new ConflictError('person.merged', 'De persoon is samengevoegd met een andere persoon en kan niet meer worden gewijzigd.');
}

export function mergeArchived(): ConflictError {
  return new ConflictError('merge.archived', 'Een gearchiveerde relatie kan niet worden samengevoegd; zet haar eerst terug.');
}

export function mergeSameRecord(): ValidationError {
  return new ValidationError([{ field: 'mergedId', code: 'merge.same-record', message: 'Kies twee verschillende relaties om samen te voegen.' }]);
}

export function duplicateOfItself(): ValidationError {
  return new ValidationError([{ field: 'secondId', code: 'duplicate.same-record', message: 'Een relatie kan geen dubbel van zichzelf zijn.' }]);
}
