import { organisationNotFound } from '../organisations/organisation-errors.js';
import type { Organisation } from '../organisations/organisation.js';
import { OrganisationRepository } from '../organisations/organisation-repository.js';
import { UseCase } from '../shared/use-case.js';
import type { CompanyProfile } from './company-profile.js';
import { CompanyRegistry } from './company-registry.js';
import { companyNotFound, organisationWithoutKvkNumber } from './company-registry-errors.js';
import { type OrganisationDifference, organisationDifferencesFromProfile } from './organisation-differences.js';

/** An organisation next to its entry in the company register. */
export interface OrganisationKvkComparison {
  organisation: Organisation;
  profile: CompanyProfile;
  /** Empty when the CRM agrees with the register. */
  differences: OrganisationDifference[];
}

@UseCase()
export class GetOrganisationKvkDifferences {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly registry: CompanyRegistry,
  ) {}

  /**
   * Reads only; nothing is changed or audited. The organisation's version comes along so the
   * caller can apply differences with If-Match on exactly what was compared.
   *
   * @throws NotFoundError `organisation.not-found`, `kvk.company-not-found`
   * @throws ConflictError `organisation.no-kvk-number`
   * @throws UnavailableError `kvk.unavailable` when the register cannot be reached
   */
  async execute(id: string): Promise<OrganisationKvkComparison> {
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw organisationNotFound();
    if (!organisation.kvkNumber) throw organisationWithoutKvkNumber();
    const profile = await this.registry.profile(organisation.kvkNumber);
    if (!profile) throw companyNotFound(organisation.kvkNumber);
    return { organisation, profile, differences: organisationDifferencesFromProfile(organisation, profile) };
  }
}
