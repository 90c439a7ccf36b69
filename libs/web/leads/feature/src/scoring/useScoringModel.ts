import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type components, etagFor, unwrap, useApiClient } from '@gemeente-crm/web-api-client';

export type ScoringModel = components['schemas']['ScoringModel'];
export type ScoringModelInput = components['schemas']['ScoringModelInput'];
export type WeightProposal = components['schemas']['ScoringWeightProposal'];

const MODEL_KEY = ['leads', 'scoring-model'] as const;

export function useScoringModel() {
  const client = useApiClient();
  return useQuery({
    queryKey: MODEL_KEY,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/lead-scoring/model', { signal })),
  });
}

export function useSaveScoringModel() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: ScoringModelInput }) =>
      unwrap(client.PUT('/api/v1/lead-scoring/model', { params: { header: { 'If-Match': etagFor(version) } }, body: input })),
    onSuccess: (model) => {
      queryClient.setQueryData(MODEL_KEY, model);
      void queryClient.invalidateQueries({ queryKey: ['leads', 'scores'] });
    },
  });
}

/** Computed on request only: it reads every closed lead. */
export function useWeightProposal(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['leads', 'scoring-model', 'proposal'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/lead-scoring/model/proposal', { signal })),
    enabled,
    retry: false,
    staleTime: 0,
  });
}
