import { fieldChanges } from '@gemeente-crm/api-kernel';
import type { OrganisationFields } from '../organisations/organisation.js';
import type { CompanyProfile } from './company-profile.js';
import { KVK_ORGANISATION_FIELDS, type KvkOrganisationField, organisationPrefillFromProfile } from './organisation-prefill.js';

/** One field where the CRM and the company register disagree. */
export type OrganisationDifference = {
  [F in KvkOrganisationField]: { field: F; current: OrganisationFields[F]; fromKvk: OrganisationFields[F] };
}[KvkOrganisationField];

/** Fields that describe one branch; the Basisprofiel only describes the main branch. */
const BRANCH_FIELDS: readonly KvkOrganisationField[] = ['vestigingsnummer', 'visitingAddress'];

/**
 * The fields of `organisation` that differ from what the register says, in form order.
 *
 * - A field the register leaves empty is no difference: the register not knowing a website
 *   or a postal address is no reason to delete the one staff entered.
 * - SBI codes are compared as a set; the order is the register's convention, not a change.
 * - An organisation registered for another branch than the main one keeps that branch's
 *   number and visiting address: the main branch's would be wrong for it.
 */
export function organisationDifferencesFromProfile(organisation: OrganisationFields, profile: CompanyProfile): OrganisationDifference[] {
  const fromKvk = organisationPrefillFromProfile(profile);
  const otherBranch =
    organisation.vestigingsnummer !== null && fromKvk.vestigingsnummer !== null && organisation.vestigingsnummer !== fromKvk.vestigingsnummer;
  return KVK_ORGANISATION_FIELDS.filter((field) => {
    if (otherBranch && BRANCH_FIELDS.includes(field)) return false;
    const kvkValue = fromKvk[field];
    if (kvkValue === null || (Array.isArray(kvkValue) && kvkValue.length === 0)) return false;
    return !sameValue(field, organisation[field], kvkValue);
  }).map((field) => ({ field, current: organisation[field], fromKvk: fromKvk[field] }) as OrganisationDifference);
}

function sameValue(field: KvkOrganisationField, a: unknown, b: unknown): boolean {
  const comparable = (value: unknown) => (field === 'sbiCodes' && Array.isArray(value) ? [...value].sort() : value);
  // fieldChanges compares structurally and ignores key order, as the audit trail does.
  return Object.keys(fieldChanges({ value: comparable(a) }, { value: comparable(b) })).length === 0;
}
