/**
 * The fields a source column can be mapped to. One row of a sheet may describe an
 * organisation, a person, or both: then the person becomes a contact person of that
 * organisation, in the function of `contactPerson.function`.
 */
export const IMPORT_FIELDS = [
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
  'contactPerson.function',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** Fields that hold several values in one cell ("horeca, centrum"). */
export const LIST_FIELDS: readonly ImportField[] = ['organisation.sbiCodes', 'organisation.relationTypes', 'organisation.tags'];

/** Splits a list cell on comma, semicolon or pipe; spreadsheets use all three. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[,;|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
