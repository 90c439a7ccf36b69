import { type Actor, ForbiddenError, hasAnyRole, type Role } from '@gemeente-crm/api-kernel';
import { personDisplayName } from '../rules/person-name.js';
import type { Person, PersonDetails } from './person.js';

/**
 * Roles whose work needs a resident's BSN (complaint handling and its supervision). Data
 * minimisation (AVG): everybody else works with the person without it.
 */
export const BSN_READER_ROLES = ['klachtcoordinator', 'teamleider'] as const satisfies readonly Role[];

export function canReadBsn(actor: Actor): boolean {
  return hasAnyRole(actor, BSN_READER_ROLES);
}

/**
 * Only those who may read a BSN may set or change one. Otherwise a user could probe which
 * BSNs are registered through the duplicate check, or overwrite a number they cannot see.
 */
export function ensureMayWriteBsn(actor: Actor): void {
  if (!canReadBsn(actor)) {
    throw new ForbiddenError('person.bsn-forbidden', 'U hebt geen toegang tot het BSN en kunt het dus niet vastleggen of wijzigen.');
  }
}

/** The person as `actor` may see them: without the `bsn` key unless their roles allow it. */
export function toPersonDetails(person: Person, actor: Actor): PersonDetails {
  const { bsn, ...rest } = person;
  const details: PersonDetails = { ...rest, displayName: personDisplayName(person) };
  if (canReadBsn(actor)) details.bsn = bsn;
  return details;
}
