import type { Page } from '@gemeente-crm/api-kernel';
import { UseCase } from '../shared/use-case.js';
import type { OrganisationSummary } from './organisation.js';
import { normaliseOrganisationQuery, type OrganisationQueryInput } from './organisation-query.js';
import { OrganisationRepository } from './organisation-repository.js';

@UseCase()
export class SearchOrganisations {
  constructor(private readonly organisations: OrganisationRepository) {}

  /** Archived organisations are left out unless `includeArchived`; the page size is capped. */
  async execute(input: OrganisationQueryInput = {}): Promise<Page<OrganisationSummary>> {
    return this.organisations.search(normaliseOrganisationQuery(input));
  }
}
