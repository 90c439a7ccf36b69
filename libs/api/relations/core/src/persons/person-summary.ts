import { personDisplayName, personSortName } from '../rules/person-name.js';
import type { Person, PersonSummary } from './person.js';

export function toPersonSummary(person: Person): PersonSummary {
  return {
    id: person.id,
    displayName: personDisplayName(person),
    sortName: personSortName(person),
    email: person.email,
    phone: person.phone,
    city: person.postalAddress?.city ?? null,
    archived: person.archivedAt !== null,
    updatedAt: person.updatedAt,
  };
}
