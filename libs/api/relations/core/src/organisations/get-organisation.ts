import { UseCase } from '../shared/use-case.js';
import type { Organisation } from './organisation.js';
import { organisationNotFound } from './organisation-errors.js';
import { OrganisationRepository } from './organisation-repository.js';

@UseCase()
export class GetOrganisation {
  constructor(private readonly organisations: OrganisationRepository) {}

  /**
   * Archived organisations are returned too (with `archivedAt`): a link to one must keep working.
   * @throws NotFoundError `organisation.not-found`
   */
  async execute(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw organisationNotFound();
    return organisation;
  }
}
