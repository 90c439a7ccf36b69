import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { compactQuery, etagFor, reasonHeader, unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { leadKeys } from './keys';
import type { LeadInput, LeadListQuery, LeadPatch, MoveFields, PipelineInput } from './types';

export function usePipelines() {
  const client = useApiClient();
  return useQuery({
    queryKey: leadKeys.pipelines(),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/pipelines', { signal })),
  });
}

export function useLeadBoard(pipelineId: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: leadKeys.board(pipelineId ?? ''),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/pipelines/{id}/board', { params: { path: { id: pipelineId! } }, signal })),
    enabled: !!pipelineId,
  });
}

export function useLeadList(query: LeadListQuery) {
  const client = useApiClient();
  const params = compactQuery(query);
  return useQuery({
    queryKey: leadKeys.list(params),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/leads', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useLead(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: leadKeys.detail(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/leads/{id}', { params: { path: { id } }, signal })),
  });
}

export function useLeadStageHistory(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: leadKeys.stageHistory(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/leads/{id}/stage-history', { params: { path: { id } }, signal })),
  });
}

export function useLeadHistory(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: leadKeys.history(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/leads/{id}/history', { params: { path: { id }, query: { page: 1, pageSize: 100 } }, signal })),
  });
}

export function useLeadOptions(kind: 'sources' | 'lost-reasons', includeInactive = false) {
  const client = useApiClient();
  return useQuery({
    queryKey: leadKeys.options(kind, includeInactive),
    queryFn: ({ signal }) =>
      unwrap(
        kind === 'sources'
          ? client.GET('/api/v1/lead-sources', { params: { query: includeInactive ? { includeInactive: 'true' } : {} }, signal })
          : client.GET('/api/v1/lead-lost-reasons', { params: { query: includeInactive ? { includeInactive: 'true' } : {} }, signal }),
      ),
  });
}

/**
 * After a change the API recomputes the lead's score in a background job right after it commits
 * (the job queue polls every 2 s); the scores and lists are fetched again after these delays, so
 * the new score shows without a reload. The last one covers the change sweep (every 10 s).
 */
export const SCORE_REFRESH_DELAYS_MS = [2_500, 6_000, 12_000] as const;

/** Every change to a lead refreshes boards, lists and the detail view, and its score shortly after. */
function useLeadMutation<V>(call: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      for (const delay of SCORE_REFRESH_DELAYS_MS) {
        setTimeout(() => {
          void queryClient.invalidateQueries({ queryKey: leadKeys.scores() });
          void queryClient.invalidateQueries({ queryKey: [...leadKeys.all, 'list'] });
        }, delay);
      }
      return queryClient.invalidateQueries({ queryKey: leadKeys.all });
    },
  });
}

export function useCreateLead() {
  const client = useApiClient();
  return useLeadMutation((input: LeadInput) => unwrap(client.POST('/api/v1/leads', { body: input })));
}

export function useUpdateLead() {
  const client = useApiClient();
  return useLeadMutation(({ id, version, patch }: { id: string; version: number; patch: LeadPatch }) =>
    unwrap(client.PATCH('/api/v1/leads/{id}', { params: { path: { id }, header: { 'If-Match': etagFor(version) } }, body: patch })),
  );
}

export interface MoveLeadVariables {
  id: string;
  version: number;
  stageId: string;
  fields?: MoveFields;
}

/** POST …/move with If-Match; a 422 `stage-requirements-unmet` lists the fields the stage needs. */
export function useMoveLead() {
  const client = useApiClient();
  return useLeadMutation(({ id, version, stageId, fields }: MoveLeadVariables) =>
    unwrap(
      client.POST('/api/v1/leads/{id}/move', {
        params: { path: { id }, header: { 'If-Match': etagFor(version) } },
        body: fields ? { stageId, fields } : { stageId },
      }),
    ),
  );
}

export function useWinLead() {
  const client = useApiClient();
  return useLeadMutation(({ id, version, description, valueCents }: { id: string; version: number; description: string; valueCents: number | null }) =>
    unwrap(client.POST('/api/v1/leads/{id}/win', { params: { path: { id }, header: { 'If-Match': etagFor(version) } }, body: { description, valueCents } })),
  );
}

export function useLoseLead() {
  const client = useApiClient();
  return useLeadMutation(({ id, version, reasonCode }: { id: string; version: number; reasonCode: string }) =>
    unwrap(client.POST('/api/v1/leads/{id}/lose', { params: { path: { id }, header: { 'If-Match': etagFor(version) } }, body: { reasonCode } })),
  );
}

export function useReopenLead() {
  const client = useApiClient();
  return useLeadMutation(({ id, version, reason }: { id: string; version: number; reason: string }) =>
    unwrap(client.POST('/api/v1/leads/{id}/reopen', { params: { path: { id }, header: { 'If-Match': etagFor(version), ...reasonHeader(reason) } }, body: { reason } })),
  );
}

export function useSavePipeline() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string | null; version: number | null; input: PipelineInput }) =>
      id
        ? unwrap(client.PUT('/api/v1/pipelines/{id}', { params: { path: { id }, header: { 'If-Match': etagFor(version ?? 0) } }, body: input }))
        : unwrap(client.POST('/api/v1/pipelines', { body: input })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: leadKeys.pipelines() }), queryClient.invalidateQueries({ queryKey: leadKeys.all })]),
  });
}

/** Contact moments linked to a lead (the interactions API, filtered by the lead link). */
export function useLeadContactMoments(leadId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...leadKeys.detail(leadId), 'contact-moments'] as const,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/contact-moments', { params: { query: { leadId, page: 1, pageSize: 50 } }, signal })),
  });
}
