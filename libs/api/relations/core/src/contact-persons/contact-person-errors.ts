import { ConflictError, NotFoundError } from '@gemeente-crm/api-kernel';

export function contactPersonNotFound(): NotFoundError {
  return new NotFoundError('contact-person.not-found', 'Deze persoon is geen contactpersoon van deze organisatie.');
}

export function duplicateContactPerson(): ConflictError {
  return new ConflictError('contact-person.duplicate', 'Deze persoon is al contactpersoon van deze organisatie.');
}
