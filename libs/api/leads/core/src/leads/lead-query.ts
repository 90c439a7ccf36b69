import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageRequest } from '@gemeente-crm/api-kernel';
import type { LeadRelationRef, LeadStatus } from './lead.js';

/** `score`/`-score`: by the stored lead score; leads without one (closed, or not yet scored) come last either way. */
export const LEAD_SORTS = [
  '-createdAt',
  'createdAt',
  'title',
  '-title',
  'expectedValue',
  '-expectedValue',
  'expectedDecisionDate',
  '-expectedDecisionDate',
  'nextActionDate',
  'score',
  '-score',
] as const;
export type LeadSort = (typeof LEAD_SORTS)[number];

/** A list request as a caller asks it; everything optional. */
export interface LeadQueryInput extends Partial<PageRequest> {
  pipelineId?: string;
  stageId?: string;
  ownerId?: string;
  sourceCode?: string;
  statuses?: readonly LeadStatus[];
  relation?: LeadRelationRef;
  /** Created on or after this day (`YYYY-MM-DD`). */
  createdFrom?: string;
  /** Created on or before this day (`YYYY-MM-DD`). */
  createdTo?: string;
  /** Words in the title. */
  q?: string;
  sort?: LeadSort;
}

export interface LeadQuery extends PageRequest {
  pipelineId?: string;
  stageId?: string;
  ownerId?: string;
  sourceCode?: string;
  statuses: LeadStatus[];
  relation?: LeadRelationRef;
  createdFrom?: string;
  createdTo?: string;
  q?: string;
  sort: LeadSort;
}

export function normaliseLeadQuery(input: LeadQueryInput): LeadQuery {
  const query: LeadQuery = {
    statuses: [...new Set(input.statuses ?? [])],
    sort: input.sort ?? '-createdAt',
    page: Math.max(1, input.page ?? 1),
    pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, input.pageSize ?? DEFAULT_PAGE_SIZE)),
  };
  if (input.pipelineId) query.pipelineId = input.pipelineId;
  if (input.stageId) query.stageId = input.stageId;
  if (input.ownerId) query.ownerId = input.ownerId;
  if (input.sourceCode) query.sourceCode = input.sourceCode;
  if (input.relation) query.relation = input.relation;
  if (input.createdFrom) query.createdFrom = input.createdFrom;
  if (input.createdTo) query.createdTo = input.createdTo;
  const q = input.q?.trim();
  if (q) query.q = q;
  return query;
}
