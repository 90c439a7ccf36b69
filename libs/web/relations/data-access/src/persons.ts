import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ApiClient,
  compactQuery,
  etagFor,
  type Person,
  type PersonInput,
  type PersonListQuery,
  type PersonPatch,
  type PersonSummary,
  unwrap,
  useApiClient,
} from '@gemeente-crm/web-api-client';
import { relationKeys } from './keys';
import { EXPORT_MAX_ROWS, EXPORT_PAGE_SIZE, HISTORY_PAGE_SIZE } from './organisations';

export function usePersonList(query: PersonListQuery, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  const params = compactQuery(query);
  return useQuery({
    queryKey: relationKeys.personList(params),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/persons', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export async function fetchAllPersons(
  client: ApiClient,
  query: PersonListQuery,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ items: PersonSummary[]; total: number }> {
  const items: PersonSummary[] = [];
  for (let page = 1; ; page += 1) {
    const result = await unwrap(client.GET('/api/v1/persons', { params: { query: compactQuery({ ...query, page, pageSize: EXPORT_PAGE_SIZE }) }, ...(signal ? { signal } : {}) }));
    const { total } = result;
    if (total > EXPORT_MAX_ROWS) return { items: [], total };
    items.push(...result.items);
    onProgress?.(items.length, total);
    if (result.items.length < EXPORT_PAGE_SIZE || items.length >= total) return { items, total };
  }
}

/** Person search for pickers (link a contact person). */
export function usePersonSearch(q: string) {
  const client = useApiClient();
  const term = q.trim();
  return useQuery({
    queryKey: relationKeys.personList({ q: term, pageSize: 20, sort: 'relevance' }),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/persons', { params: { query: { q: term, pageSize: 20, sort: 'relevance' } }, signal })),
    enabled: term.length >= 2,
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: relationKeys.person(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/persons/{id}', { params: { path: { id } }, signal })),
  });
}

export async function fetchPerson(client: ApiClient, id: string): Promise<Person> {
  return unwrap(client.GET('/api/v1/persons/{id}', { params: { path: { id } }, cache: 'no-store' }));
}

function useStorePerson() {
  const queryClient = useQueryClient();
  return (person: Person) => {
    queryClient.setQueryData(relationKeys.person(person.id), person);
    void queryClient.invalidateQueries({ queryKey: relationKeys.personLists() });
    void queryClient.invalidateQueries({ queryKey: [...relationKeys.person(person.id), 'history'] });
    // Contact person lists show the person's name, e-mail and phone.
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes('contact-persons') });
  };
}

export function useCreatePerson() {
  const client = useApiClient();
  const store = useStorePerson();
  return useMutation({
    mutationFn: (input: PersonInput) => unwrap(client.POST('/api/v1/persons', { body: input })),
    onSuccess: store,
  });
}

export function useUpdatePerson(id: string) {
  const client = useApiClient();
  const store = useStorePerson();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: PersonPatch }) =>
      unwrap(client.PATCH('/api/v1/persons/{id}', { params: { path: { id }, header: { 'If-Match': etagFor(version) } }, body: patch })),
    onSuccess: store,
  });
}

export function useArchivePerson(id: string) {
  const client = useApiClient();
  const store = useStorePerson();
  return useMutation({
    mutationFn: (reason: string) => unwrap(client.POST('/api/v1/persons/{id}/archive', { params: { path: { id } }, body: { reason } })),
    onSuccess: store,
  });
}

export function useRestorePerson(id: string) {
  const client = useApiClient();
  const store = useStorePerson();
  return useMutation({
    mutationFn: (reason: string) => unwrap(client.POST('/api/v1/persons/{id}/restore', { params: { path: { id } }, body: { reason } })),
    onSuccess: store,
  });
}

export function usePersonOrganisations(id: string, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: relationKeys.personOrganisations(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/persons/{id}/organisations', { params: { path: { id } }, signal })),
    enabled: options.enabled ?? true,
  });
}

export function usePersonHistory(id: string, page: number, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...relationKeys.person(id), 'history', page],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/persons/{id}/history', { params: { path: { id }, query: { page, pageSize: HISTORY_PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
