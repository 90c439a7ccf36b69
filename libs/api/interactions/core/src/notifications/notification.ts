/** What a notification is about; each kind has its own wording and link. */
export const NOTIFICATION_KINDS = ['task-due'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** An in-app message to one employee (and, if they asked for it, an e-mail). */
export interface Notification {
  id: string;
  /** Staff user id. */
  recipientId: string;
  kind: NotificationKind;
  title: string;
  body: string | null;
  /** API path of what it is about, e.g. `/api/v1/tasks/<id>`. */
  link: string | null;
  objectType: string | null;
  objectId: string | null;
  /**
   * At most one notification per key (unique index): what makes a reminder "exactly once" even
   * when several replicas try to send it. Null for notifications that may repeat.
   */
  dedupeKey: string | null;
  readAt: Date | null;
  emailedAt: Date | null;
  createdAt: Date;
}
