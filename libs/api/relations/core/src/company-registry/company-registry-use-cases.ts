import { GetCompanyProfile } from './get-company-profile.js';
import { GetOrganisationKvkDifferences } from './get-organisation-kvk-differences.js';
import { SearchCompanyRegistry } from './search-company-registry.js';
import { UpdateOrganisationFromKvk } from './update-organisation-from-kvk.js';

/**
 * The use cases over the company register, for the feature module's `providers`. Besides the
 * relations ports they need a CompanyRegistry, and UpdateOrganisationFromKvk needs the
 * UpdateOrganisation use case.
 */
export const COMPANY_REGISTRY_USE_CASES = [SearchCompanyRegistry, GetCompanyProfile, GetOrganisationKvkDifferences, UpdateOrganisationFromKvk] as const;
