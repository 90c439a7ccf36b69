import { useQuery } from '@tanstack/react-query';
import { type components, unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { leadKeys } from '@gemeente-crm/web-leads-data-access';

export type LeadScore = components['schemas']['LeadScore'];

/** Scores of a pipeline's open leads: one request for the whole board, shared by every card. */
export function useLeadScores(pipelineId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...leadKeys.scores(), pipelineId],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/lead-scores', { params: { query: { pipelineId } }, signal })),
    select: (data) => new Map(data.items.map((item) => [item.leadId, item.score])),
    enabled,
    retry: false,
  });
}

/** One lead's score with its explanation. */
export function useLeadScore(leadId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...leadKeys.scores(), 'lead', leadId],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/leads/{id}/score', { params: { path: { id: leadId } }, signal })),
    enabled,
    retry: false,
  });
}
