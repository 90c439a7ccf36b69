import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type components, unwrap, useApiClient } from '@gemeente-crm/web-api-client';

export type ConversionReport = components['schemas']['ConversionReport'];
export type StageConversion = ConversionReport['stages'][number];
export type WinRate = ConversionReport['winRates']['source'][number];

export interface ConversionFilters {
  pipelineId: string;
  from?: string;
  to?: string;
  ownerId?: string;
}

export function useConversionReport(filters: ConversionFilters | null) {
  const client = useApiClient();
  // Empty filters are left out, so the cache key and the URL are the same for "not set".
  const query: ConversionFilters | null = filters
    ? { pipelineId: filters.pipelineId, ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}), ...(filters.ownerId ? { ownerId: filters.ownerId } : {}) }
    : null;
  return useQuery({
    queryKey: ['leads', 'conversion', query],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/lead-conversion', { params: { query: query! }, signal })),
    enabled: !!filters,
    placeholderData: keepPreviousData,
  });
}

/** Staff to filter on; the list is not available to every role, and the page works without it. */
export function useOwners() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['leads', 'conversion', 'owners'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/users', { signal })),
    retry: false,
  });
}
