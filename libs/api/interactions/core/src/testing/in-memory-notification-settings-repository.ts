import type { NotificationSettings } from '../notifications/notification-settings.js';
import { NotificationSettingsRepository } from '../notifications/notification-settings-repository.js';
import type { RollbackableStore } from '@gemeente-crm/api-kernel/testing';

export class InMemoryNotificationSettingsRepository extends NotificationSettingsRepository implements RollbackableStore {
  private rows = new Map<string, NotificationSettings>();

  async find(userId: string): Promise<NotificationSettings | null> {
    const row = this.rows.get(userId);
    return row ? structuredClone(row) : null;
  }

  async save(settings: NotificationSettings): Promise<void> {
    this.rows.set(settings.userId, structuredClone(settings));
  }

  snapshot(): () => void {
    const saved = new Map(this.rows);
    return () => {
      this.rows = saved;
    };
  }
}
