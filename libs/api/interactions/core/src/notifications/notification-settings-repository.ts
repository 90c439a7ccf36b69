import type { NotificationSettings } from './notification-settings.js';

/** Where notification settings are kept, one row per employee. */
export abstract class NotificationSettingsRepository {
  abstract find(userId: string): Promise<NotificationSettings | null>;

  /** Inserts or replaces. */
  abstract save(settings: NotificationSettings): Promise<void>;
}
