import type { PageRequest, SortDirection } from '@gemeente-crm/api-kernel';
import { normaliseTag } from '../rules/tags.js';
import { optionalText } from '../rules/text.js';
import { pageRequestOf } from '../shared/page-request.js';
import type { OrganisationStatus } from './organisation.js';

export const ORGANISATION_SORT_FIELDS = ['relevance', 'name', 'city', 'updatedAt'] as const;
export type OrganisationSortField = (typeof ORGANISATION_SORT_FIELDS)[number];

export interface OrganisationSort {
  field: OrganisationSortField;
  direction: SortDirection;
}

/** A search as a caller asks it; everything optional. */
export interface OrganisationQueryInput extends Partial<PageRequest> {
  /** Free text over name, KvK number, city and e-mail. */
  q?: string;
  relationType?: string;
  tag?: string;
  ownerId?: string;
  status?: OrganisationStatus;
  /** City of the visiting address, case-insensitive. */
  city?: string;
  /** Only organisations the KvK check found deregistered or unknown. */
  kvkWarning?: boolean;
  includeArchived?: boolean;
  sort?: { field: OrganisationSortField; direction?: SortDirection };
}

/**
 * A search as the repository receives it: blanks removed, defaults filled in, page size
 * capped, so every adapter implements the same semantics.
 */
export interface OrganisationQuery extends PageRequest {
  q?: string;
  relationType?: string;
  /** Lower case, as tags are stored. */
  tag?: string;
  ownerId?: string;
  status?: OrganisationStatus;
  city?: string;
  /** Only organisations the KvK check found deregistered (uitgeschreven) or unknown. */
  kvkWarning?: boolean;
  /** Archived organisations are left out unless this is true. */
  includeArchived: boolean;
  /** `relevance` only comes with `q`. */
  sort: OrganisationSort;
}

export function normaliseOrganisationQuery(input: OrganisationQueryInput): OrganisationQuery {
  const q = optionalText(input.q);
  const query: OrganisationQuery = {
    includeArchived: input.includeArchived ?? false,
    sort: resolveSort(input.sort, q !== null),
    ...pageRequestOf(input),
  };
  if (q) query.q = q;
  const relationType = optionalText(input.relationType)?.toLowerCase();
  if (relationType) query.relationType = relationType;
  const tag = input.tag === undefined ? '' : normaliseTag(input.tag);
  if (tag) query.tag = tag;
  const ownerId = optionalText(input.ownerId);
  if (ownerId) query.ownerId = ownerId;
  if (input.status) query.status = input.status;
  const city = optionalText(input.city);
  if (city) query.city = city;
  if (input.kvkWarning) query.kvkWarning = true;
  return query;
}

function resolveSort(sort: OrganisationQueryInput['sort'], hasText: boolean): OrganisationSort {
  // Ranking needs search text; without it the most useful order is alphabetical.
  const requested = sort?.field ?? (hasText ? 'relevance' : 'name');
  const field = requested === 'relevance' && !hasText ? 'name' : requested;
  const direction = sort?.direction ?? (field === 'relevance' || field === 'updatedAt' ? 'desc' : 'asc');
  return { field, direction };
}
