import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiClient, compactQuery, etagFor, type Task, type TaskListQuery, type TaskPatch, unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { interactionKeys } from './keys';

export function useTaskList(query: TaskListQuery, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  const params = compactQuery(query);
  return useQuery({
    queryKey: interactionKeys.taskList(params),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/tasks', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** "Mijn taken": the user's open and ongoing tasks, overdue first. */
export function useMyTasks(pageSize = 10, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: interactionKeys.myTasks(pageSize),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me/tasks', { params: { query: { page: 1, pageSize } }, signal })),
    enabled: options.enabled ?? true,
  });
}

/** A fresh copy straight from the API, bypassing the cache (conflict handling, notifications). */
export async function fetchTask(client: ApiClient, id: string): Promise<Task> {
  return unwrap(client.GET('/api/v1/tasks/{id}', { params: { path: { id } }, cache: 'no-store' }));
}

export interface UpdateTaskVariables {
  /** The version the user saw; sent as If-Match. */
  version: number;
  patch: TaskPatch;
}

/** PATCH with `If-Match`; a 412 (someone else saved first) rejects with kind 'stale-version'. */
export function useUpdateTask() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, patch }: UpdateTaskVariables & { id: string }) =>
      unwrap(client.PATCH('/api/v1/tasks/{id}', { params: { path: { id }, header: { 'If-Match': etagFor(version) } }, body: patch })),
    // Returned, so mutateAsync resolves once the lists show the change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: interactionKeys.all }),
  });
}
