import type { Page } from '@gemeente-crm/api-kernel';
import { UseCase } from '../shared/use-case.js';
import type { PersonSummary } from './person.js';
import { normalisePersonQuery, type PersonQueryInput } from './person-query.js';
import { PersonRepository } from './person-repository.js';

@UseCase()
export class SearchPersons {
  constructor(private readonly persons: PersonRepository) {}

  /** Archived persons are left out unless `includeArchived`; results never carry a BSN. */
  async execute(input: PersonQueryInput = {}): Promise<Page<PersonSummary>> {
    return this.persons.search(normalisePersonQuery(input));
  }
}
