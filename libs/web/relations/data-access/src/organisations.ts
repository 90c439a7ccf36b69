import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ApiClient,
  compactQuery,
  etagFor,
  type Organisation,
  type OrganisationInput,
  type OrganisationListQuery,
  type OrganisationPatch,
  type OrganisationSummary,
  reasonHeader,
  unwrap,
  useApiClient,
} from '@gemeente-crm/web-api-client';
import { relationKeys } from './keys';

export function useOrganisationList(query: OrganisationListQuery, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  const params = compactQuery(query);
  return useQuery({
    queryKey: relationKeys.organisationList(params),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/organisations', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export const EXPORT_PAGE_SIZE = 100;
export const EXPORT_MAX_ROWS = 10_000;

/**
 * Every row of the current view (all pages, same filters and sort), for export. Fetches pages
 * of 100 one after another and reports progress; stops at {@link EXPORT_MAX_ROWS}.
 */
export async function fetchAllOrganisations(
  client: ApiClient,
  query: OrganisationListQuery,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ items: OrganisationSummary[]; total: number }> {
  const items: OrganisationSummary[] = [];
  for (let page = 1; ; page += 1) {
    const result = await unwrap(
      client.GET('/api/v1/organisations', { params: { query: compactQuery({ ...query, page, pageSize: EXPORT_PAGE_SIZE }) }, ...(signal ? { signal } : {}) }),
    );
    const { total } = result;
    if (total > EXPORT_MAX_ROWS) return { items: [], total };
    items.push(...result.items);
    onProgress?.(items.length, total);
    if (result.items.length < EXPORT_PAGE_SIZE || items.length >= total) return { items, total };
  }
}

export function useOrganisation(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: relationKeys.organisation(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/organisations/{id}', { params: { path: { id } }, signal })),
  });
}

/** A fresh copy straight from the API, bypassing the cache (conflict handling). */
export async function fetchOrganisation(client: ApiClient, id: string): Promise<Organisation> {
  return unwrap(client.GET('/api/v1/organisations/{id}', { params: { path: { id } }, cache: 'no-store' }));
}

function useStoreOrganisation() {
  const queryClient = useQueryClient();
  return (organisation: Organisation) => {
    queryClient.setQueryData(relationKeys.organisation(organisation.id), organisation);
    void queryClient.invalidateQueries({ queryKey: relationKeys.organisationLists() });
    void queryClient.invalidateQueries({ queryKey: [...relationKeys.organisation(organisation.id), 'history'] });
  };
}

export function useCreateOrganisation() {
  const client = useApiClient();
  const store = useStoreOrganisation();
  return useMutation({
    mutationFn: (input: OrganisationInput) => unwrap(client.POST('/api/v1/organisations', { body: input })),
    onSuccess: store,
  });
}

export interface UpdateOrganisationVariables {
  /** The version the user started editing from; sent as If-Match. */
  version: number;
  patch: OrganisationPatch;
}

/** PATCH with `If-Match`; a 412 (someone else saved first) rejects with kind 'stale-version'. */
export function useUpdateOrganisation(id: string) {
  const client = useApiClient();
  const store = useStoreOrganisation();
  return useMutation({
    mutationFn: ({ version, patch }: UpdateOrganisationVariables) =>
      unwrap(
        client.PATCH('/api/v1/organisations/{id}', {
          params: { path: { id }, header: { 'If-Match': etagFor(version) } },
          body: patch,
        }),
      ),
    onSuccess: store,
  });
}

export function useArchiveOrganisation(id: string) {
  const client = useApiClient();
  const store = useStoreOrganisation();
  return useMutation({
    mutationFn: (reason: string) => unwrap(client.POST('/api/v1/organisations/{id}/archive', { params: { path: { id } }, body: { reason } })),
    onSuccess: store,
  });
}

export function useRestoreOrganisation(id: string) {
  const client = useApiClient();
  const store = useStoreOrganisation();
  return useMutation({
    mutationFn: (reason: string) => unwrap(client.POST('/api/v1/organisations/{id}/restore', { params: { path: { id } }, body: { reason } })),
    onSuccess: store,
  });
}

export function useContactPersons(id: string, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: relationKeys.contactPersons(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/organisations/{id}/contact-persons', { params: { path: { id } }, signal })),
    enabled: options.enabled ?? true,
  });
}

export function useLinkContactPerson(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { personId: string; function?: string | null }) =>
      unwrap(client.POST('/api/v1/organisations/{id}/contact-persons', { params: { path: { id } }, body: input })),
    onSuccess: (_link, input) => {
      void queryClient.invalidateQueries({ queryKey: relationKeys.contactPersons(id) });
      void queryClient.invalidateQueries({ queryKey: relationKeys.personOrganisations(input.personId) });
      void queryClient.invalidateQueries({ queryKey: [...relationKeys.organisation(id), 'history'] });
    },
  });
}

export function useUnlinkContactPerson(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ personId, reason }: { personId: string; reason: string }) => {
      await unwrap(client.DELETE('/api/v1/organisations/{id}/contact-persons/{personId}', { params: { path: { id, personId }, header: reasonHeader(reason) } }));
    },
    onSuccess: (_result, { personId }) => {
      void queryClient.invalidateQueries({ queryKey: relationKeys.contactPersons(id) });
      void queryClient.invalidateQueries({ queryKey: relationKeys.personOrganisations(personId) });
      void queryClient.invalidateQueries({ queryKey: [...relationKeys.organisation(id), 'history'] });
    },
  });
}

export const HISTORY_PAGE_SIZE = 20;

export function useOrganisationHistory(id: string, page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: relationKeys.history(id, page),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/organisations/{id}/history', { params: { path: { id }, query: { page, pageSize: HISTORY_PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
  });
}
