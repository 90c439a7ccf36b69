import type { FieldError } from '@gemeente-crm/api-kernel';
import { type ImportField, isImportField } from './import-fields.js';

/** Source column (header text) → target field. Columns left out are not imported. */
export type ColumnMapping = Record<string, ImportField>;

/**
 * Header spellings seen in Excel lists, Exact and Perfect View exports, normalised by
 * `headerKey` (lower case, letters and digits only). Auto-suggestion only: staff confirm it.
 */
const SYNONYMS: Record<string, ImportField> = {
  naam: 'organisation.name',
  bedrijfsnaam: 'organisation.name',
  organisatie: 'organisation.name',
  organisatienaam: 'organisation.name',
  relatienaam: 'organisation.name',
  relatie: 'organisation.name',
  bedrijf: 'organisation.name',
  company: 'organisation.name',
  companyname: 'organisation.name',
  kvk: 'organisation.kvkNumber',
  kvknummer: 'organisation.kvkNumber',
  kvknr: 'organisation.kvkNumber',
  kamervankoophandel: 'organisation.kvkNumber',
  cocnumber: 'organisation.kvkNumber',
  vestigingsnummer: 'organisation.vestigingsnummer',
  vestigingsnr: 'organisation.vestigingsnummer',
  rechtsvorm: 'organisation.legalForm',
  legalform: 'organisation.legalForm',
  sbi: 'organisation.sbiCodes',
  sbicode: 'organisation.sbiCodes',
  sbicodes: 'organisation.sbiCodes',
  straat: 'organisation.visitingAddress.street',
  bezoekstraat: 'organisation.visitingAddress.street',
  bezoekadres: 'organisation.visitingAddress.street',
  adres: 'organisation.visitingAddress.street',
  huisnummer: 'organisation.visitingAddress.houseNumber',
  bezoekhuisnummer: 'organisation.visitingAddress.houseNumber',
  huisnr: 'organisation.visitingAddress.houseNumber',
  toevoeging: 'organisation.visitingAddress.houseNumberAddition',
  huisnummertoevoeging: 'organisation.visitingAddress.houseNumberAddition',
  postcode: 'organisation.visitingAddress.postcode',
  bezoekpostcode: 'organisation.visitingAddress.postcode',
  plaats: 'organisation.visitingAddress.city',
  woonplaats: 'organisation.visitingAddress.city',
  vestigingsplaats: 'organisation.visitingAddress.city',
  bezoekplaats: 'organisation.visitingAddress.city',
  land: 'organisation.visitingAddress.country',
  postadres: 'organisation.postalAddress.street',
  poststraat: 'organisation.postalAddress.street',
  posthuisnummer: 'organisation.postalAddress.houseNumber',
  postpostcode: 'organisation.postalAddress.postcode',
  postplaats: 'organisation.postalAddress.city',
  email: 'organisation.email',
  emailadres: 'organisation.email',
  emailorganisatie: 'organisation.email',
  telefoon: 'organisation.phone',
  telefoonnummer: 'organisation.phone',
  telefoonorganisatie: 'organisation.phone',
  website: 'organisation.website',
  internetadres: 'organisation.website',
  url: 'organisation.website',
  relatietype: 'organisation.relationTypes',
  relatietypen: 'organisation.relationTypes',
  soortrelatie: 'organisation.relationTypes',
  tags: 'organisation.tags',
  trefwoorden: 'organisation.tags',
  eigenaar: 'organisation.owner',
  accountmanager: 'organisation.owner',
  voornaam: 'person.voornaam',
  voorletters: 'person.voornaam',
  tussenvoegsel: 'person.tussenvoegsel',
  tussenvoegsels: 'person.tussenvoegsel',
  achternaam: 'person.achternaam',
  contactpersoonvoornaam: 'person.voornaam',
  contactpersoonachternaam: 'person.achternaam',
  emailcontactpersoon: 'person.email',
  contactpersoonemail: 'person.email',
  telefooncontactpersoon: 'person.phone',
  contactpersoontelefoon: 'person.phone',
  mobiel: 'person.phone',
  woonadres: 'person.postalAddress.street',
  huisadres: 'person.postalAddress.street',
  adrescontactpersoon: 'person.postalAddress.street',
  contactpersoonadres: 'person.postalAddress.street',
  straatcontactpersoon: 'person.postalAddress.street',
  contactpersoonstraat: 'person.postalAddress.street',
  huisnummercontactpersoon: 'person.postalAddress.houseNumber',
  contactpersoonhuisnummer: 'person.postalAddress.houseNumber',
  toevoegingcontactpersoon: 'person.postalAddress.houseNumberAddition',
  contactpersoontoevoeging: 'person.postalAddress.houseNumberAddition',
  postcodecontactpersoon: 'person.postalAddress.postcode',
  contactpersoonpostcode: 'person.postalAddress.postcode',
  plaatscontactpersoon: 'person.postalAddress.city',
  contactpersoonplaats: 'person.postalAddress.city',
  woonplaatscontactpersoon: 'person.postalAddress.city',
  contactpersoonwoonplaats: 'person.postalAddress.city',
  landcontactpersoon: 'person.postalAddress.country',
  contactpersoonland: 'person.postalAddress.country',
  functie: 'contactPerson.function',
  rol: 'contactPerson.function',
  functiecontactpersoon: 'contactPerson.function',
};

export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * A first mapping by header name: every header whose spelling we know, each target used at
 * most once (the first column wins, so "E-mail" of the organisation is not overwritten by a
 * later "E-mailadres" column). A sheet of persons only (a list of residents: a last name but
 * no organisation name) has no organisation to give an address or contact details to, so
 * "Straat", "Postcode", "Woonplaats", "E-mail" and "Telefoon" are the person's there.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const known = headers.map((header) => SYNONYMS[headerKey(header)]);
  const personsOnly = !known.includes('organisation.name') && known.includes('person.achternaam');
  const mapping: ColumnMapping = {};
  const used = new Set<ImportField>();
  headers.forEach((header, index) => {
    const synonym = known[index];
    const field = synonym && personsOnly ? asPersonField(synonym) : synonym;
    if (field && !used.has(field)) {
      mapping[header] = field;
      used.add(field);
    }
  });
  return mapping;
}

/** The person's counterpart of an organisation's address part, e-mail or phone; other fields as they are. */
function asPersonField(field: ImportField): ImportField {
  const address = /^organisation\.(?:visitingAddress|postalAddress)\.(\w+)$/.exec(field);
  if (address) return `person.postalAddress.${address[1]}` as ImportField;
  if (field === 'organisation.email') return 'person.email';
  if (field === 'organisation.phone') return 'person.phone';
  return field;
}

/**
 * A mapping must name existing columns and known fields, each field once, and say what a
 * row is: at least the organisation's name or the person's last name.
 */
export function checkMapping(mapping: Record<string, string>, headers: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, string>();
  const known = new Set(headers);
  for (const [column, field] of Object.entries(mapping)) {
    if (!known.has(column)) {
      errors.push({ field: `mapping.${column}`, code: 'mapping.unknown-column', message: `Het bestand heeft geen kolom "${column}".` });
    }
    if (!isImportField(field)) {
      errors.push({ field: `mapping.${column}`, code: 'mapping.unknown-field', message: `Onbekend veld "${field}".` });
      continue;
    }
    const other = seen.get(field);
    if (other !== undefined) {
      errors.push({
        field: `mapping.${column}`,
        code: 'mapping.field-twice',
        message: `Dit veld is al gekoppeld aan kolom "${other}"; koppel elk veld aan één kolom.`,
      });
    }
    seen.set(field, column);
  }
  if (!seen.has('organisation.name') && !seen.has('person.achternaam')) {
    errors.push({
      field: 'mapping',
      code: 'mapping.no-name',
      message: 'Koppel ten minste de naam van de organisatie of de achternaam van de persoon aan een kolom.',
    });
  }
  return errors;
}

/** Only the entries whose column exists in this file: applying a preset to a later file. */
export function mappingForHeaders(mapping: Record<string, string>, headers: readonly string[]): ColumnMapping {
  const known = new Set(headers);
  const result: ColumnMapping = {};
  for (const [column, field] of Object.entries(mapping)) {
    if (known.has(column) && isImportField(field)) result[column] = field;
  }
  return result;
}
