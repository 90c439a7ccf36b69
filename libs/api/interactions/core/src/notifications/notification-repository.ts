import type { Page, PageRequest } from '@gemeente-crm/api-kernel';
import type { Notification } from './notification.js';

export interface NotificationListQuery extends PageRequest {
  recipientId: string;
  unreadOnly: boolean;
}

/** Where notifications are kept. */
export abstract class NotificationRepository {
  /**
   * Stores the notification unless one with the same `dedupeKey` exists already — also when a
   * concurrent transaction inserts it first. True when this call stored it.
   */
  abstract insertOnce(notification: Notification): Promise<boolean>;

  abstract findById(id: string): Promise<Notification | null>;

  /** Newest first, with the number of unread ones (over all pages). */
  abstract list(query: NotificationListQuery): Promise<Page<Notification> & { unread: number }>;

  /** Sets `readAt` unless it is set already. */
  abstract markRead(id: string, at: Date): Promise<void>;

  abstract markEmailed(id: string, at: Date): Promise<void>;
}
