import type { Actor, Page, PageRequest } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { pageRequestOf } from '../shared/page-request.js';
import type { Notification } from './notification.js';
import { NotificationRepository } from './notification-repository.js';

@UseCase()
export class ListMyNotifications {
  constructor(private readonly notifications: NotificationRepository) {}

  /** The actor's own notifications, newest first, with the unread count. */
  async execute(actor: Actor, input: Partial<PageRequest> & { unreadOnly?: boolean } = {}): Promise<Page<Notification> & { unread: number }> {
    return this.notifications.list({ recipientId: actor.id, unreadOnly: input.unreadOnly ?? false, ...pageRequestOf(input) });
  }
}
