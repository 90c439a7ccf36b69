import { organisationNotFound } from '../organisations/organisation-errors.js';
import { OrganisationRepository } from '../organisations/organisation-repository.js';
import { personNotFound } from '../persons/person-errors.js';
import { PersonRepository } from '../persons/person-repository.js';
import { UseCase } from '../shared/use-case.js';
import { type DuplicateCandidate, DuplicateFinder } from './duplicate-finder.js';
import { DuplicatePairRepository } from './duplicate-pairs.js';
import type { RelationKind } from './merged-relation-references.js';

/** How many candidates the detail page shows ("Mogelijke dubbelen"). */
export const DEFAULT_CANDIDATE_LIMIT = 5;

/**
 * The likely duplicates of one record, computed now (not from the nightly scan), minus the
 * ones dismissed as "geen dubbel". An archived or merged record has none: it is not in use.
 */
@UseCase()
export class FindDuplicateCandidates {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly persons: PersonRepository,
    private readonly finder: DuplicateFinder,
    private readonly pairs: DuplicatePairRepository,
  ) {}

  /** @throws NotFoundError `organisation.not-found` / `person.not-found` */
  async execute(kind: RelationKind, id: string, limit = DEFAULT_CANDIDATE_LIMIT): Promise<DuplicateCandidate[]> {
    let candidates: DuplicateCandidate[];
    if (kind === 'organisation') {
      const organisation = await this.organisations.findById(id);
      if (!organisation) throw organisationNotFound();
      if (organisation.archivedAt) return [];
      candidates = await this.finder.organisationCandidates(
        {
          name: organisation.name,
          postcode: organisation.visitingAddress?.postcode ?? null,
          kvkNumber: organisation.kvkNumber,
          vestigingsnummer: organisation.vestigingsnummer,
          excludeId: id,
        },
        limit + 10,
      );
    } else {
      const person = await this.persons.findById(id);
      if (!person) throw personNotFound();
      if (person.archivedAt) return [];
      candidates = await this.finder.personCandidates(
        { email: person.email, firstName: [person.voornaam, person.tussenvoegsel].filter(Boolean).join(' '), lastName: person.achternaam, excludeId: id },
        limit + 10,
      );
    }
    const dismissed = await this.pairs.dismissedOf(kind, id, candidates.map((candidate) => candidate.id));
    return candidates.filter((candidate) => !dismissed.has(candidate.id)).slice(0, limit);
  }
}
