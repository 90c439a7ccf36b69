import { type Actor, Clock, NotFoundError } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import type { Notification } from './notification.js';
import { NotificationRepository } from './notification-repository.js';

@UseCase()
export class MarkNotificationRead {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Marks one of the actor's notifications as read; reading it again keeps the first time.
   * Somebody else's notification is "not found", so ids reveal nothing.
   *
   * @throws NotFoundError `notification.not-found`
   */
  async execute(id: string, actor: Actor): Promise<Notification> {
    const notification = await this.notifications.findById(id);
    if (!notification || notification.recipientId !== actor.id) {
      throw new NotFoundError('notification.not-found', 'De melding bestaat niet.');
    }
    if (notification.readAt) return notification;
    const readAt = this.clock.now();
    await this.notifications.markRead(id, readAt);
    return { ...notification, readAt };
  }
}
