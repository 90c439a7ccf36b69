import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type NotificationPage, unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { interactionKeys } from './keys';

export const NOTIFICATIONS_SHOWN = 20;
/** How often the bell asks for new notifications while the app is open. */
export const NOTIFICATIONS_POLL_MS = 60_000;

/** The user's newest notifications and the unread count; polled while the app is open. */
export function useNotifications(options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: interactionKeys.notifications(),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me/notifications', { params: { query: { page: 1, pageSize: NOTIFICATIONS_SHOWN } }, signal })),
    enabled: options.enabled ?? true,
    refetchInterval: NOTIFICATIONS_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: 15_000,
  });
}

export function useMarkNotificationRead() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: (notification) => {
      // Show it as read at once; the next poll brings the server's count.
      queryClient.setQueryData<NotificationPage>(interactionKeys.notifications(), (page) =>
        page
          ? {
              ...page,
              unread: Math.max(0, page.unread - (page.items.find((item) => item.id === notification.id && !item.readAt) ? 1 : 0)),
              items: page.items.map((item) => (item.id === notification.id ? notification : item)),
            }
          : page,
      );
    },
  });
}
