import type { Organisation } from '../organisations/organisation.js';
import { organisationNotFound } from '../organisations/organisation-errors.js';
import { OrganisationRepository } from '../organisations/organisation-repository.js';
import type { Person } from '../persons/person.js';
import { personNotFound } from '../persons/person-errors.js';
import { PersonRepository } from '../persons/person-repository.js';
import { mergeSameRecord } from './merge-errors.js';
import { differingFields, MERGEABLE_ORGANISATION_FIELDS, MERGEABLE_PERSON_FIELDS } from './merge-fields.js';
import { UseCase } from '../shared/use-case.js';
import { MergedRelationReferencesRegistry, type MovedReferences } from './merged-relation-references.js';

export interface MergePreview<T> {
  /** Either record, as read now (with its version for the merge request). */
  first: T;
  second: T;
  /** The fields staff must choose between. */
  differingFields: string[];
  /** What would move to the survivor if `second` were merged into `first`, and the other way round. */
  movesFromSecond: MovedReferences[];
  movesFromFirst: MovedReferences[];
}

/** Both organisations side by side, the fields that differ and what a merge would move: the merge screen. */
@UseCase()
export class PreviewOrganisationMerge {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly references: MergedRelationReferencesRegistry,
  ) {}

  /**
   * @throws ValidationError `merge.same-record`
   * @throws NotFoundError `organisation.not-found`
   */
  async execute(firstId: string, secondId: string): Promise<MergePreview<Organisation>> {
    if (firstId === secondId) throw mergeSameRecord();
    const first = await this.organisations.findById(firstId);
    const second = await this.organisations.findById(secondId);
    if (!first || !second) throw organisationNotFound();
    return {
      first,
      second,
      differingFields: differingFields(first, second, MERGEABLE_ORGANISATION_FIELDS),
      movesFromSecond: await this.references.count('organisation', second.id),
      movesFromFirst: await this.references.count('organisation', first.id),
    };
  }
}

/** Both persons side by side; see PreviewOrganisationMerge. */
@UseCase()
export class PreviewPersonMerge {
  constructor(
    private readonly persons: PersonRepository,
    private readonly references: MergedRelationReferencesRegistry,
  ) {}

  /**
   * @throws ValidationError `merge.same-record`
   * @throws NotFoundError `person.not-found`
   */
  async execute(firstId: string, secondId: string): Promise<MergePreview<Person>> {
    if (firstId === secondId) throw mergeSameRecord();
    const first = await this.persons.findById(firstId);
    const second = await this.persons.findById(secondId);
    if (!first || !second) throw personNotFound();
    return {
      first,
      second,
      differingFields: differingFields(first, second, MERGEABLE_PERSON_FIELDS),
      movesFromSecond: await this.references.count('person', second.id),
      movesFromFirst: await this.references.count('person', first.id),
    };
  }
}
