import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ContactMomentInput, type TaskInput, unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { interactionKeys } from './keys';

/** Registers a contact moment; timelines, key facts and task lists are refreshed afterwards. */
export function useCreateContactMoment() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (input: ContactMomentInput) => unwrap(client.POST('/api/v1/contact-moments', { body: input })),
  });
}

/** Creates a task (e.g. the follow-up of a contact moment). */
export function useCreateTask() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (input: TaskInput) => unwrap(client.POST('/api/v1/tasks', { body: input })),
  });
}

/** Refreshes everything that shows contact moments or tasks (call after a change). */
export function useRefreshInteractions() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: interactionKeys.all });
  };
}
