import { ConflictError, NotFoundError, ValidationError } from '@gemeente-crm/api-kernel';
import { KVK_ORGANISATION_FIELDS } from './organisation-prefill.js';

export function companyNotFound(kvkNumber: string): NotFoundError {
  return new NotFoundError('kvk.company-not-found', `KvK-nummer ${kvkNumber} staat niet in het Handelsregister.`);
}

export function organisationWithoutKvkNumber(): ConflictError {
  return new ConflictError('organisation.no-kvk-number', 'Deze organisatie heeft geen KvK-nummer; vul dat eerst in om de gegevens uit de KvK op te halen.');
}

export function emptyCompanyQuery(): ValidationError {
  return new ValidationError([{ field: '(query)', code: 'kvk-query.empty', message: 'Zoek op KvK-nummer, naam, plaats of postcode.' }]);
}

export function invalidKvkNumber(field = 'kvkNumber'): ValidationError {
  return new ValidationError([{ field, code: 'kvk-number.invalid', message: 'Een KvK-nummer bestaat uit 8 cijfers.' }]);
}

/** Checks the fields a caller wants to take over from the register. */
export function kvkFieldErrors(fields: readonly string[]): ValidationError | null {
  if (fields.length === 0) {
    return new ValidationError([{ field: 'fields', code: 'kvk-fields.empty', message: 'Kies minstens één gegeven om uit de KvK over te nemen.' }]);
  }
  const errors = fields.flatMap((field, index) =>
    (KVK_ORGANISATION_FIELDS as readonly string[]).includes(field)
      ? []
      : [{ field: `fields.${index}`, code: 'kvk-field.unknown', message: `Onbekend gegeven "${field}"; kies uit ${KVK_ORGANISATION_FIELDS.join(', ')}.` }],
  );
  return errors.length > 0 ? new ValidationError(errors) : null;
}
