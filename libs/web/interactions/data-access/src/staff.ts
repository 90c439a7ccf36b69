import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { interactionKeys } from './keys';

/** Every staff member known to the CRM, for assignee pickers and filters. */
export function useStaff(options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: interactionKeys.staff(),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/users', { signal })),
    staleTime: 10 * 60_000,
    enabled: options.enabled ?? true,
  });
}
