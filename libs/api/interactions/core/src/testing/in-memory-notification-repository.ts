import type { Page } from '@gemeente-crm/api-kernel';
import type { Notification } from '../notifications/notification.js';
import { type NotificationListQuery, NotificationRepository } from '../notifications/notification-repository.js';
import type { RollbackableStore } from '@gemeente-crm/api-kernel/testing';

/** Test double of NotificationRepository; `insertOnce` honours the dedupe key like the unique index. */
export class InMemoryNotificationRepository extends NotificationRepository implements RollbackableStore {
  private rows = new Map<string, Notification>();

  async insertOnce(notification: Notification): Promise<boolean> {
    if (notification.dedupeKey && [...this.rows.values()].some((row) => row.dedupeKey === notification.dedupeKey)) return false;
    this.rows.set(notification.id, structuredClone(notification));
    return true;
  }

  async findById(id: string): Promise<Notification | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async list(query: NotificationListQuery): Promise<Page<Notification> & { unread: number }> {
    const mine = [...this.rows.values()].filter((row) => row.recipientId === query.recipientId);
    const matches = mine.filter((row) => !query.unreadOnly || row.readAt === null).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    const start = (query.page - 1) * query.pageSize;
    return {
      items: matches.slice(start, start + query.pageSize).map((row) => structuredClone(row)),
      page: query.page,
      pageSize: query.pageSize,
      total: matches.length,
      unread: mine.filter((row) => row.readAt === null).length,
    };
  }

  async markRead(id: string, at: Date): Promise<void> {
    const row = this.rows.get(id);
    if (row && !row.readAt) row.readAt = at;
  }

  async markEmailed(id: string, at: Date): Promise<void> {
    const row = this.rows.get(id);
    if (row) row.emailedAt = at;
  }

  hasKey(key: string): boolean {
    return [...this.rows.values()].some((row) => row.dedupeKey === key);
  }

  snapshot(): () => void {
    const saved = new Map([...this.rows].map(([id, row]) => [id, structuredClone(row)]));
    return () => {
      this.rows = saved;
    };
  }

  all(): Notification[] {
    return [...this.rows.values()].map((row) => structuredClone(row));
  }
}
