import type { Page } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import type { ContactMomentSummary } from './contact-moment.js';
import { type ContactMomentQueryInput, normaliseContactMomentQuery } from './contact-moment-query.js';
import { ContactMomentRepository } from './contact-moment-repository.js';

@UseCase()
export class SearchContactMoments {
  constructor(private readonly moments: ContactMomentRepository) {}

  /** Newest first; archived ones only with `includeArchived`; the page size is capped. */
  async execute(input: ContactMomentQueryInput = {}): Promise<Page<ContactMomentSummary>> {
    return this.moments.search(normaliseContactMomentQuery(input));
  }
}
