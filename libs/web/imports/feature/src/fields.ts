import type { ImportField } from '@gemeente-crm/web-imports-data-access';

/** The fields a column can go to, grouped as the mapping step offers them (same order as the API). */
export const FIELD_GROUPS = {
  organisation: [
    'organisation.name',
    'organisation.kvkNumber',
    'organisation.vestigingsnummer',
    'organisation.legalForm',
    'organisation.sbiCodes',
    'organisation.visitingAddress.street',
    'organisation.visitingAddress.houseNumber',
    'organisation.visitingAddress.houseNumberAddition',
    'organisation.visitingAddress.postcode',
    'organisation.visitingAddress.city',
    'organisation.visitingAddress.country',
    'organisation.postalAddress.street',
    'organisation.postalAddress.houseNumber',
    'organisation.postalAddress.houseNumberAddition',
    'organisation.postalAddress.postcode',
    'organisation.postalAddress.city',
    'organisation.postalAddress.country',
    'organisation.email',
    'organisation.phone',
    'organisation.website',
    'organisation.relationTypes',
    'organisation.tags',
    'organisation.owner',
  ],
  person: [
    'person.voornaam',
    'person.tussenvoegsel',
    'person.achternaam',
    'person.email',
    'person.phone',
    'person.postalAddress.street',
    'person.postalAddress.houseNumber',
    'person.postalAddress.houseNumberAddition',
    'person.postalAddress.postcode',
    'person.postalAddress.city',
    'person.postalAddress.country',
  ],
  contactPerson: ['contactPerson.function'],
} as const satisfies Record<string, readonly ImportField[]>;

export const ALL_FIELDS: readonly ImportField[] = [...FIELD_GROUPS.organisation, ...FIELD_GROUPS.person, ...FIELD_GROUPS.contactPerson];

export function isImportField(value: string): value is ImportField {
  return (ALL_FIELDS as readonly string[]).includes(value);
}
