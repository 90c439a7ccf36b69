import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiClient, compactQuery, etagFor, type KvkCompanyProfile, type KvkField, type KvkSearchQuery, type Organisation, unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { relationKeys } from './keys';

export const KVK_PAGE_SIZE = 10;

/**
 * A search in the KvK Handelsregister. Not retried by react-query: the API already retries KvK
 * (and answers 503 `kvk.unavailable` when it keeps failing), so a retry here only makes the user wait.
 */
export function useKvkSearch(query: KvkSearchQuery | null) {
  const client = useApiClient();
  const params = query ? compactQuery({ ...query, pageSize: KVK_PAGE_SIZE }) : null;
  return useQuery({
    queryKey: relationKeys.kvkSearch(params ?? {}),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/kvk/companies', { params: { query: params ?? {} }, signal })),
    enabled: params !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 5 * 60_000,
  });
}

/** A company's Basisprofiel with the organisation fields to prefill a new organisation. */
export async function fetchKvkProfile(client: ApiClient, kvkNumber: string): Promise<KvkCompanyProfile> {
  return unwrap(client.GET('/api/v1/kvk/companies/{kvkNumber}', { params: { path: { kvkNumber } } }));
}

/** Where the organisation differs from KvK; always fresh (the version compared is sent back as If-Match). */
export function useKvkDifferences(id: string, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: relationKeys.kvkDifferences(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/organisations/{id}/kvk-differences', { params: { path: { id } }, signal })),
    enabled: options.enabled ?? true,
    retry: false,
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export interface UpdateFromKvkVariables {
  /** The organisation version the differences were compared with; sent as If-Match. */
  version: number;
  fields: KvkField[];
  reason?: string;
}

/** Takes the chosen fields over from KvK; a 412 (someone else saved first) rejects with kind 'stale-version'. */
export function useUpdateFromKvk(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, fields, reason }: UpdateFromKvkVariables) =>
      unwrap(
        client.POST('/api/v1/organisations/{id}/kvk-update', {
          params: { path: { id }, header: { 'If-Match': etagFor(version) } },
          body: { fields, ...(reason?.trim() ? { reason: reason.trim() } : {}) },
        }),
      ),
    onSuccess: (organisation: Organisation) => {
      queryClient.setQueryData(relationKeys.organisation(organisation.id), organisation);
      void queryClient.invalidateQueries({ queryKey: relationKeys.organisationLists() });
      void queryClient.invalidateQueries({ queryKey: [...relationKeys.organisation(organisation.id), 'history'] });
    },
  });
}
