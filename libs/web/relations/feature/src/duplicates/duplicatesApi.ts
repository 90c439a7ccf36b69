import { useCallback } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type components, etagFor, unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { relationKeys } from '@gemeente-crm/web-relations-data-access';

type Schemas = components['schemas'];
export type RelationKind = Schemas['RelationKind'];
export type DuplicatePair = Schemas['DuplicatePair'];
export type DuplicateCandidate = Schemas['DuplicateCandidate'];
export type MergeFieldChoice = Schemas['MergeFieldChoice'];
export type MovedReferences = Schemas['MovedReferences'];
export type OrganisationMergePreview = Schemas['OrganisationMergePreview'];
export type PersonMergePreview = Schemas['PersonMergePreview'];
export type DuplicateScanRun = Schemas['DuplicateScanRun'];

export const DUPLICATES_PAGE_SIZE = 25;
/** How often the page asks how a queued or running scan is doing. */
export const SCAN_POLL_MS = 3_000;

export function isScanActive(run: DuplicateScanRun | null | undefined): boolean {
  return run?.status === 'queued' || run?.status === 'running';
}

const duplicateKeys = {
  all: [...relationKeys.all, 'duplicates'] as const,
  pairs: (kind: RelationKind, page: number) => [...duplicateKeys.all, 'pairs', kind, page] as const,
  pairLists: [...relationKeys.all, 'duplicates', 'pairs'] as const,
  scan: [...relationKeys.all, 'duplicates', 'scan'] as const,
  candidates: (kind: RelationKind, id: string) => [...duplicateKeys.all, 'candidates', kind, id] as const,
  preview: (kind: RelationKind, first: string, second: string) => [...duplicateKeys.all, 'preview', kind, first, second] as const,
};

/** The likely pairs of the last scan, best first. */
export function useDuplicatePairs(kind: RelationKind, page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: duplicateKeys.pairs(kind, page),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/duplicates', { params: { query: { kind, page, pageSize: DUPLICATES_PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** "Mogelijke dubbelen" of one record, computed now. */
export function useDuplicateCandidates(kind: RelationKind, id: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: duplicateKeys.candidates(kind, id),
    queryFn: ({ signal }) =>
      unwrap(
        kind === 'organisation'
          ? client.GET('/api/v1/organisations/{id}/duplicates', { params: { path: { id } }, signal })
          : client.GET('/api/v1/persons/{id}/duplicates', { params: { path: { id } }, signal }),
      ),
    enabled,
  });
}

export function useDismissDuplicate() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: RelationKind; firstId: string; secondId: string; reason: string }) => unwrap(client.POST('/api/v1/duplicates/dismiss', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: relationKeys.all }),
  });
}

/** The latest scan run (null before the first); asked again every few seconds while one is queued or running. */
export function useLatestDuplicateScan() {
  const client = useApiClient();
  return useQuery({
    queryKey: duplicateKeys.scan,
    queryFn: async ({ signal }) => (await unwrap(client.GET('/api/v1/duplicates/scan', { signal }))).run,
    refetchInterval: (query) => (isScanActive(query.state.data) ? SCAN_POLL_MS : false),
  });
}

/** "Nu opnieuw zoeken": queues a run (or gets the one already going); the status query follows it from there. */
export function useScanDuplicates(onStarted?: (run: DuplicateScanRun) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/duplicates/scan')),
    onSuccess: (run) => {
      onStarted?.(run);
      queryClient.setQueryData(duplicateKeys.scan, run);
    },
  });
}

/** New pairs after a finished scan. */
export function useRefreshDuplicatePairs() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: duplicateKeys.pairLists }), [queryClient]);
}

/** Both records side by side (`first`, `second`), what differs and what a merge would move. */
export function useMergePreview(kind: RelationKind, first: string, second: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: duplicateKeys.preview(kind, first, second),
    queryFn: async ({ signal }): Promise<OrganisationMergePreview | PersonMergePreview> => {
      const options = { params: { path: { id: first }, query: { otherId: second } }, signal };
      return kind === 'organisation'
        ? unwrap(client.GET('/api/v1/organisations/{id}/merge-preview', options))
        : unwrap(client.GET('/api/v1/persons/{id}/merge-preview', options));
    },
  });
}

export interface MergeVariables {
  kind: RelationKind;
  survivorId: string;
  survivorVersion: number;
  mergedId: string;
  mergedVersion: number;
  choices: Record<string, MergeFieldChoice>;
  reason: string;
}

/** POST …/merge with If-Match of the survivor; a 412 rejects with kind 'stale-version'. */
export function useMerge() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, survivorId, survivorVersion, mergedId, mergedVersion, choices, reason }: MergeVariables) => {
      const params = { path: { id: survivorId }, header: { 'If-Match': etagFor(survivorVersion) } };
      const body = { mergedId, mergedVersion, reason, choices };
      const result =
        kind === 'organisation'
          ? await unwrap(client.POST('/api/v1/organisations/{id}/merge', { params, body }))
          : await unwrap(client.POST('/api/v1/persons/{id}/merge', { params, body }));
      return { survivor: { id: result.survivor.id }, moved: result.moved };
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: relationKeys.all }),
  });
}
