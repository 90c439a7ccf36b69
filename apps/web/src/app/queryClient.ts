import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@gemeente-crm/web-api-client';

/**
 * Reads retry twice on network failures, 5xx and 429 (with back-off); never on 4xx.
 * Writes are never retried automatically: the form offers "Opnieuw proberen" instead.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 10 * 60_000,
        retry: (failures, error) => failures < 2 && (!isApiError(error) || error.retryable),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
