import { Clock } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { NotificationRepository } from './notification-repository.js';
import { NotificationSettingsRepository } from './notification-settings-repository.js';
import { OutboundMail } from './outbound-mail.js';

/**
 * Sends the e-mail of a notification, from the mail queue. Marked as e-mailed only after the
 * mail server accepted it; a failure is thrown so the queue retries. The queue hands a job to
 * one worker at a time, so replicas do not send the same mail side by side.
 */
@UseCase()
export class SendNotificationMail {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly settings: NotificationSettingsRepository,
    private readonly mail: OutboundMail,
    private readonly clock: Clock,
  ) {}

  /** @returns `sent`, or `skipped` when it was sent before or the employee no longer wants e-mail */
  async execute(notificationId: string): Promise<'sent' | 'skipped'> {
    const notification = await this.notifications.findById(notificationId);
    if (!notification || notification.emailedAt) return 'skipped';
    const settings = await this.settings.find(notification.recipientId);
    if (!settings?.emailReminders || !settings.email) return 'skipped';
    await this.mail.send({
      to: settings.email,
      subject: notification.title,
      text: `${notification.body ?? notification.title}\n\n— Gemeente CRM\n(Je krijgt deze e-mail omdat je herinneringen per e-mail hebt aangezet; zet ze uit bij je meldingsinstellingen.)\n`,
    });
    await this.notifications.markEmailed(notification.id, this.clock.now());
    return 'sent';
  }
}
