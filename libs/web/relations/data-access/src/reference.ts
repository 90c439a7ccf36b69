import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { relationKeys } from './keys';

const HOUR = 60 * 60_000;

/** Relation types (code + Dutch label), configuration that rarely changes. */
export function useRelationTypes() {
  const client = useApiClient();
  return useQuery({
    queryKey: relationKeys.relationTypes(),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/relation-types', { signal })),
    staleTime: HOUR,
  });
}

/** Account managers, for owner pickers and the owner filter. */
export function useOwners() {
  const client = useApiClient();
  return useQuery({
    queryKey: relationKeys.owners(),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/users', { params: { query: { role: 'accountmanager' } }, signal })),
    staleTime: 10 * 60_000,
  });
}
