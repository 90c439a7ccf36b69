import { type CompanyProfile, type OrganisationKvkComparison, organisationPrefillFromProfile } from '@gemeente-crm/relations-core';

/** A company profile as the API shows it, with the organisation fields a form can take over as they are. */
export function companyProfileView(profile: CompanyProfile) {
  return { ...profile, organisation: organisationPrefillFromProfile(profile) };
}

export function kvkDifferencesView(comparison: OrganisationKvkComparison) {
  return {
    organisationId: comparison.organisation.id,
    version: comparison.organisation.version,
    kvkNumber: comparison.profile.kvkNumber,
    differences: comparison.differences,
    company: companyProfileView(comparison.profile),
  };
}
