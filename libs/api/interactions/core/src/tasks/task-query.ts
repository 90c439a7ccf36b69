import type { PageRequest } from '@gemeente-crm/api-kernel';
import { optionalText } from '@gemeente-crm/relations-core';
import type { RelationRef, RegardingRef } from '../links/object-ref.js';
import { pageRequestOf } from '../shared/page-request.js';
import type { TaskStatus } from './task.js';

/**
 * `urgency`: overdue first, then by due date (tasks without one last), then oldest first — the
 * order of "Mijn taken". The others sort by one field, `-` for descending.
 */
export const TASK_SORTS = ['urgency', 'dueDate', '-dueDate', 'createdAt', '-createdAt'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

/** A task list as a caller asks it; everything optional. */
export interface TaskQueryInput extends Partial<PageRequest> {
  assigneeId?: string;
  assigneeTeam?: string;
  /** Any of these; all statuses when empty. */
  statuses?: readonly TaskStatus[];
  /** Only tasks due before this day (exclusive, `YYYY-MM-DD`). */
  dueBefore?: string;
  /** Only active tasks whose due date has passed. */
  overdue?: boolean;
  relation?: RelationRef;
  contactMomentId?: string;
  /** Only tasks about this lead. */
  regarding?: RegardingRef;
  sort?: TaskSort;
}

/** As the repository receives it: blanks removed, defaults filled in, page size capped. */
export interface TaskQuery extends PageRequest {
  assigneeId?: string;
  assigneeTeam?: string;
  statuses: TaskStatus[];
  dueBefore?: string;
  overdue: boolean;
  relation?: RelationRef;
  contactMomentId?: string;
  regarding?: RegardingRef;
  sort: TaskSort;
  /** The Dutch calendar day the query is asked on: what "overdue" is measured against. */
  today: string;
}

export function normaliseTaskQuery(input: TaskQueryInput, today: string): TaskQuery {
  const query: TaskQuery = {
    statuses: [...new Set(input.statuses ?? [])],
    overdue: input.overdue ?? false,
    sort: input.sort ?? 'urgency',
    today,
    ...pageRequestOf(input),
  };
  const assigneeId = optionalText(input.assigneeId);
  if (assigneeId) query.assigneeId = assigneeId;
  const assigneeTeam = optionalText(input.assigneeTeam);
  if (assigneeTeam) query.assigneeTeam = assigneeTeam;
  if (input.dueBefore) query.dueBefore = input.dueBefore;
  if (input.relation) query.relation = input.relation;
  if (input.contactMomentId) query.contactMomentId = input.contactMomentId;
  if (input.regarding) query.regarding = input.regarding;
  return query;
}
