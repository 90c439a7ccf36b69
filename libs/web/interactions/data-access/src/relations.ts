import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { compactQuery, type TimelineQuery, unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { interactionKeys, type RelationKey } from './keys';

export const TIMELINE_PAGE_SIZE = 25;

/** The 360° timeline of an organisation or person (reading a person's is audited by the API). */
export function useRelationTimeline(relation: RelationKey, query: TimelineQuery, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  const params = compactQuery({ ...query, pageSize: query.pageSize ?? TIMELINE_PAGE_SIZE });
  const path = { params: { path: { id: relation.objectId }, query: params } };
  return useQuery({
    queryKey: interactionKeys.timeline(relation, params),
    queryFn: ({ signal }) =>
      unwrap(
        relation.objectType === 'organisation'
          ? client.GET('/api/v1/organisations/{id}/timeline', { ...path, signal })
          : client.GET('/api/v1/persons/{id}/timeline', { ...path, signal }),
      ),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** Key facts for the top of a relation page: owner, status, open tasks, last contact. */
export function useRelationSummary(relation: RelationKey, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  const path = { params: { path: { id: relation.objectId } } };
  return useQuery({
    queryKey: interactionKeys.summary(relation),
    queryFn: ({ signal }) =>
      unwrap(relation.objectType === 'organisation' ? client.GET('/api/v1/organisations/{id}/summary', { ...path, signal }) : client.GET('/api/v1/persons/{id}/summary', { ...path, signal })),
    enabled: options.enabled ?? true,
  });
}
