import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, compactQuery, unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { importKeys } from './keys';
import type { ColumnMapping, Import, ImportRowAction } from './types';

/** How often a running import is polled for progress. */
export const PROGRESS_POLL_MS = 1_000;

export function useImports(page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: importKeys.list(page),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/imports', { params: { query: { page, pageSize: 10 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One import; polled while its run is going, so progress moves without a reload. */
export function useImport(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: importKeys.detail(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/imports/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? PROGRESS_POLL_MS : false),
  });
}

export interface ImportRowQuery {
  action?: ImportRowAction | undefined;
  page: number;
  pageSize: number;
}

export function useImportRows(id: string, query: ImportRowQuery, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  const params = compactQuery({ ...query });
  return useQuery({
    queryKey: importKeys.rows(id, params),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/imports/{id}/rows', { params: { path: { id }, query: params }, signal })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useImportPresets() {
  const client = useApiClient();
  return useQuery({
    queryKey: importKeys.presets(),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/import-presets', { signal })),
  });
}

/** Uploads the sheet as multipart/form-data (the typed client speaks JSON, so plain fetch through it is not used). */
export function useUploadImport() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        client.POST('/api/v1/imports', {
          // The body is the form itself; the browser sets the multipart boundary.
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      ) as Promise<Import>;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.all }),
  });
}

function useImportMutation<V>(call: (variables: V) => Promise<Import>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (result) => {
      queryClient.setQueryData(importKeys.detail(result.id), result);
      await queryClient.invalidateQueries({ queryKey: importKeys.all });
    },
  });
}

export function useSetMapping(id: string) {
  const client = useApiClient();
  return useImportMutation((choice: { mapping: ColumnMapping } | { presetId: string }) =>
    unwrap(client.PUT('/api/v1/imports/{id}/mapping', { params: { path: { id } }, body: choice })),
  );
}

export function useDryRun(id: string) {
  const client = useApiClient();
  return useImportMutation(() => unwrap(client.POST('/api/v1/imports/{id}/dry-run', { params: { path: { id } } })));
}

export function useStartImport(id: string) {
  const client = useApiClient();
  return useImportMutation(() => unwrap(client.POST('/api/v1/imports/{id}/run', { params: { path: { id } } })));
}

export function useSavePreset() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preset: { name: string; mapping: ColumnMapping }) => unwrap(client.POST('/api/v1/import-presets', { body: preset })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.presets() }),
  });
}

/** The dry run as a CSV file, fetched with the user's token and handed to the browser as a download. */
export function useDownloadRowsCsv(id: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (fileName: string) => {
      const { response } = await client.GET('/api/v1/imports/{id}/rows.csv', { params: { path: { id } }, parseAs: 'blob' });
      if (!response.ok) throw ApiError.fromResponse(response, null);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(url);
    },
  });
}
