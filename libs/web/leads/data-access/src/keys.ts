import type { LeadListQuery } from './types';

/** react-query keys of the leads domain. After any change to a lead, invalidate `leadKeys.all`. */
export const leadKeys = {
  all: ['leads'] as const,
  board: (pipelineId: string) => [...leadKeys.all, 'board', pipelineId] as const,
  list: (query: LeadListQuery) => [...leadKeys.all, 'list', query] as const,
  detail: (id: string) => [...leadKeys.all, 'detail', id] as const,
  stageHistory: (id: string) => [...leadKeys.all, 'detail', id, 'stages'] as const,
  history: (id: string) => [...leadKeys.all, 'detail', id, 'history'] as const,
  /** Lead scores (board, detail badge): computed in the background after a change. */
  scores: () => [...leadKeys.all, 'scores'] as const,
  pipelines: () => ['lead-config', 'pipelines'] as const,
  options: (kind: 'sources' | 'lost-reasons', includeInactive: boolean) => ['lead-config', kind, includeInactive] as const,
};
