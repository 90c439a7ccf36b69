import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type NotificationSettings, NotificationSettingsRepository } from '@gemeente-crm/interactions-core';
import { NotificationSettingEntity } from './notification-setting.entity.js';

@Injectable()
export class TypeormNotificationSettingsRepository extends NotificationSettingsRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async find(userId: string): Promise<NotificationSettings | null> {
    const row = await this.db.manager.findOne(NotificationSettingEntity, { where: { userId } });
    return row ? { userId: row.userId, email: row.email, emailReminders: row.emailReminders, updatedAt: row.updatedAt } : null;
  }

  async save(settings: NotificationSettings): Promise<void> {
    await this.db.manager.upsert(
      NotificationSettingEntity,
      { userId: settings.userId, email: settings.email, emailReminders: settings.emailReminders, updatedAt: settings.updatedAt ?? new Date() },
      ['userId'],
    );
  }
}
