import type { AddressInput, OrganisationInput, PersonInput } from '@gemeente-crm/relations-core';
import type { ColumnMapping } from '../mapping/column-mapping.js';
import { type ImportField, LIST_FIELDS, splitList } from '../mapping/import-fields.js';

/**
 * One sheet row as relation input. Only cells that hold something are present: an import
 * adds and corrects, it never clears a value because a column was empty.
 */
export interface ImportRowInput {
  organisation: OrganisationInput | null;
  /** The owner as the sheet names them (login, name or id), resolved to a staff id before use. */
  owner: string | null;
  person: PersonInput | null;
  contactFunction: string | null;
}

type Cells = Partial<Record<ImportField, string>>;

/** Picks the mapped cells of a row, trimmed; blank cells are left out. */
export function mappedCells(headers: readonly string[], row: readonly string[], mapping: ColumnMapping): Cells {
  const cells: Cells = {};
  headers.forEach((header, index) => {
    const field = mapping[header];
    const value = row[index]?.trim();
    if (field && value) cells[field] = value;
  });
  return cells;
}

export function toRowInput(cells: Cells): ImportRowInput {
  const organisation: Partial<OrganisationInput> = {};
  const person: Partial<PersonInput> = {};
  const visiting: AddressInput = {};
  const postal: AddressInput = {};
  const personPostal: AddressInput = {};
  for (const [field, value] of Object.entries(cells) as [ImportField, string][]) {
    const [part, key, sub] = field.split('.') as [string, string, string | undefined];
    if (part === 'organisation') {
      if (key === 'owner') continue;
      if (key === 'visitingAddress' && sub) visiting[sub as keyof AddressInput] = value;
      else if (key === 'postalAddress' && sub) postal[sub as keyof AddressInput] = value;
      else if (LIST_FIELDS.includes(field)) (organisation as Record<string, unknown>)[key] = splitList(value);
      else (organisation as Record<string, unknown>)[key] = value;
    } else if (part === 'person') {
      if (key === 'postalAddress' && sub) personPostal[sub as keyof AddressInput] = value;
      else (person as Record<string, unknown>)[key] = value;
    }
  }
  if (Object.keys(visiting).length > 0) organisation.visitingAddress = visiting;
  if (Object.keys(postal).length > 0) organisation.postalAddress = postal;
  if (Object.keys(personPostal).length > 0) person.postalAddress = personPostal;
  const hasOrganisation = Object.keys(organisation).length > 0 || cells['organisation.owner'] !== undefined;
  const hasPerson = Object.keys(person).length > 0;
  return {
    // The name is required; an organisation without one is reported by the same validation as in the UI.
    organisation: hasOrganisation ? ({ name: '', ...organisation } as OrganisationInput) : null,
    owner: cells['organisation.owner'] ?? null,
    person: hasPerson ? ({ achternaam: '', ...person } as PersonInput) : null,
    contactFunction: cells['contactPerson.function'] ?? null,
  };
}

export function isEmptyRow(input: ImportRowInput): boolean {
  return input.organisation === null && input.person === null && input.contactFunction === null;
}
