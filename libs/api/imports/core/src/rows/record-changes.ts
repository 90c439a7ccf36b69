import type { FieldError } from '@gemeente-crm/api-kernel';
import {
  checkOrganisationInput,
  checkPersonInput,
  type Organisation,
  organisationFieldsOf,
  type OrganisationInput,
  type OrganisationPatch,
  type Person,
  personFieldsOf,
  type PersonInput,
  type PersonPatch,
} from '@gemeente-crm/relations-core';
import type { ColumnMapping } from '../mapping/column-mapping.js';
import type { RowError } from './row-plan.js';

/**
 * What a row changes on an existing organisation: the cells it has, with tags, relation types
 * and SBI codes added to the ones already there (an import adds labels; removing them is a
 * decision for a person, not for a sheet). A blank name means "keep".
 */
export function organisationPatch(current: Organisation, input: OrganisationInput): OrganisationPatch {
  const patch: OrganisationPatch = { ...input };
  if (!input.name?.trim()) delete patch.name;
  if (input.tags) patch.tags = [...current.tags, ...input.tags];
  if (input.relationTypes) patch.relationTypes = [...current.relationTypes, ...input.relationTypes];
  if (input.sbiCodes) patch.sbiCodes = [...current.sbiCodes, ...input.sbiCodes];
  return patch;
}

export function personPatch(input: PersonInput): PersonPatch {
  const patch: PersonPatch = { ...input };
  if (!input.achternaam?.trim()) delete patch.achternaam;
  return patch;
}

/** The fields an update would change, checked by the same rules as UpdateOrganisation applies. */
export function organisationChanges(
  current: Organisation,
  patch: OrganisationPatch,
  activeRelationTypes: readonly string[],
): { changed: string[]; errors: FieldError[] } {
  const before = organisationFieldsOf(current);
  const { fields, errors } = checkOrganisationInput(
    { ...before, ...patch },
    { relationTypeCodes: [...activeRelationTypes, ...current.relationTypes] },
  );
  return { changed: changedKeys(before, fields), errors };
}

export function personChanges(current: Person, patch: PersonPatch): { changed: string[]; errors: FieldError[] } {
  const before = personFieldsOf(current);
  const { fields, errors } = checkPersonInput({ ...before, ...patch });
  return { changed: changedKeys(before, fields), errors };
}

function changedKeys(before: object, after: object): string[] {
  return Object.keys(after).filter(
    (key) => JSON.stringify((before as Record<string, unknown>)[key] ?? null) !== JSON.stringify((after as Record<string, unknown>)[key] ?? null),
  );
}

/**
 * Field errors of the relations rules (`visitingAddress.postcode`, `tags.2`) as errors of the
 * row, with the sheet column they came from, so staff know which cell to fix.
 */
export function rowErrors(part: 'organisation' | 'person' | 'contactPerson', errors: readonly FieldError[], mapping: ColumnMapping): RowError[] {
  const columns = new Map(Object.entries(mapping).map(([column, field]) => [field as string, column]));
  return errors.map((error) => {
    const field = `${part}.${error.field.replace(/\.\d+$/, '')}`;
    return { field, column: columns.get(field) ?? null, code: error.code, message: error.message };
  });
}
