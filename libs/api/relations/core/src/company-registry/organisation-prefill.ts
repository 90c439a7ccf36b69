import type { OrganisationFields } from '../organisations/organisation.js';
import { normaliseOrganisationInput } from '../organisations/organisation-input.js';
import type { CompanyProfile } from './company-profile.js';

/** The organisation fields the company register is the source for, in the order forms show them. */
export const KVK_ORGANISATION_FIELDS = ['name', 'legalForm', 'sbiCodes', 'vestigingsnummer', 'visitingAddress', 'postalAddress', 'website'] as const;
export type KvkOrganisationField = (typeof KVK_ORGANISATION_FIELDS)[number];

export function isKvkOrganisationField(value: string): value is KvkOrganisationField {
  return (KVK_ORGANISATION_FIELDS as readonly string[]).includes(value);
}

/** A new organisation's fields as the register describes the company. */
export type OrganisationPrefill = Pick<OrganisationFields, 'kvkNumber' | KvkOrganisationField>;

/**
 * The profile as organisation fields, normalised by the same rules as anything staff type
 * (postcode "5211JX", SBI digits only, https:// before a bare host name), so that comparing
 * with a stored organisation finds real differences and not spelling.
 */
export function organisationPrefillFromProfile(profile: CompanyProfile): OrganisationPrefill {
  const activities = [...profile.sbiActivities].sort((a, b) => Number(b.main) - Number(a.main));
  const fields = normaliseOrganisationInput({
    name: profile.name,
    kvkNumber: profile.kvkNumber,
    vestigingsnummer: profile.vestigingsnummer,
    legalForm: profile.legalForm,
    sbiCodes: activities.map((activity) => activity.code),
    visitingAddress: profile.visitingAddress,
    postalAddress: profile.postalAddress,
    website: profile.website,
  });
  return {
    name: fields.name,
    kvkNumber: fields.kvkNumber,
    vestigingsnummer: fields.vestigingsnummer,
    legalForm: fields.legalForm,
    sbiCodes: fields.sbiCodes,
    visitingAddress: fields.visitingAddress,
    postalAddress: fields.postalAddress,
    website: fields.website,
  };
}
