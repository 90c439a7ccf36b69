import type { Actor } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { defaultNotificationSettings, type NotificationSettings } from './notification-settings.js';
import { NotificationSettingsRepository } from './notification-settings-repository.js';

/** The actor's own settings; the defaults (in-app only) until they change them. */
@UseCase()
export class GetNotificationSettings {
  constructor(private readonly settings: NotificationSettingsRepository) {}

  async execute(actor: Actor): Promise<NotificationSettings> {
    return (await this.settings.find(actor.id)) ?? defaultNotificationSettings(actor.id);
  }
}
