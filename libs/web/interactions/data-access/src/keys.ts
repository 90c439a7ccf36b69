import type { RelationObjectType, TaskListQuery, TimelineQuery } from '@gemeente-crm/web-api-client';

/** What a timeline, summary or contact moment is about: an organisation or a person. */
export interface RelationKey {
  objectType: RelationObjectType;
  objectId: string;
}

/**
 * react-query keys of contact moments, tasks, timelines and notifications. After any change,
 * invalidate `interactionKeys.all`: lists, timelines and key facts all show the same records.
 */
export const interactionKeys = {
  all: ['interactions'] as const,
  relation: (relation: RelationKey) => [...interactionKeys.all, 'relation', relation.objectType, relation.objectId] as const,
  timeline: (relation: RelationKey, query: TimelineQuery) => [...interactionKeys.relation(relation), 'timeline', query] as const,
  summary: (relation: RelationKey) => [...interactionKeys.relation(relation), 'summary'] as const,
  taskLists: () => [...interactionKeys.all, 'tasks', 'list'] as const,
  taskList: (query: TaskListQuery) => [...interactionKeys.taskLists(), query] as const,
  myTasks: (pageSize: number) => [...interactionKeys.all, 'tasks', 'mine', pageSize] as const,
  notifications: () => ['notifications'] as const,
  staff: () => ['reference', 'users', 'all'] as const,
};
