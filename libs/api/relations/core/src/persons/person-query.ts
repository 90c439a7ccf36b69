import type { PageRequest, SortDirection } from '@gemeente-crm/api-kernel';
import { optionalText } from '../rules/text.js';
import { pageRequestOf } from '../shared/page-request.js';

export const PERSON_SORT_FIELDS = ['relevance', 'name', 'updatedAt'] as const;
export type PersonSortField = (typeof PERSON_SORT_FIELDS)[number];

export interface PersonSort {
  /** `name` sorts by achternaam, then voornaam (the sort name). */
  field: PersonSortField;
  direction: SortDirection;
}

export interface PersonQueryInput extends Partial<PageRequest> {
  /** Free text over name, e-mail and city; never over the BSN. */
  q?: string;
  includeArchived?: boolean;
  sort?: { field: PersonSortField; direction?: SortDirection };
}

/** A search as the repository receives it: defaults filled in, page size capped. */
export interface PersonQuery extends PageRequest {
  q?: string;
  includeArchived: boolean;
  sort: PersonSort;
}

export function normalisePersonQuery(input: PersonQueryInput): PersonQuery {
  const q = optionalText(input.q);
  const requested = input.sort?.field ?? (q ? 'relevance' : 'name');
  const field = requested === 'relevance' && !q ? 'name' : requested;
  const query: PersonQuery = {
    includeArchived: input.includeArchived ?? false,
    sort: { field, direction: input.sort?.direction ?? (field === 'name' ? 'asc' : 'desc') },
    ...pageRequestOf(input),
  };
  if (q) query.q = q;
  return query;
}
