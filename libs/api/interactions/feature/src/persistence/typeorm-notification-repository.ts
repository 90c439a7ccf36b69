import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import type { Page } from '@gemeente-crm/api-kernel';
import { type Notification, type NotificationListQuery, NotificationRepository } from '@gemeente-crm/interactions-core';
import { IsNull } from 'typeorm';
import { NotificationEntity } from './notification.entity.js';

@Injectable()
export class TypeormNotificationRepository extends NotificationRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async insertOnce(notification: Notification): Promise<boolean> {
    // A concurrent insert of the same key waits for the other transaction, then does nothing.
    const rows: unknown[] = await this.db.manager.query(
      `INSERT INTO notification (id, recipient_id, kind, title, body, link, object_type, object_id, dedupe_key, read_at, emailed_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        notification.id,
        notification.recipientId,
        notification.kind,
        notification.title,
        notification.body,
        notification.link,
        notification.objectType,
        notification.objectId,
        notification.dedupeKey,
        notification.readAt,
        notification.emailedAt,
        notification.createdAt,
      ],
    );
    return rows.length === 1;
  }

  async findById(id: string): Promise<Notification | null> {
    const row = await this.db.manager.findOne(NotificationEntity, { where: { id } });
    return row ? toNotification(row) : null;
  }

  async list(query: NotificationListQuery): Promise<Page<Notification> & { unread: number }> {
    const where = query.unreadOnly ? { recipientId: query.recipientId, readAt: IsNull() } : { recipientId: query.recipientId };
    const [rows, total, unread] = await Promise.all([
      this.db.manager.find(NotificationEntity, {
        where,
        order: { createdAt: 'DESC', id: 'DESC' },
        take: query.pageSize,
        skip: (query.page - 1) * query.pageSize,
      }),
      this.db.manager.count(NotificationEntity, { where }),
      this.db.manager.query('SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL', [query.recipientId]),
    ]);
    return { items: rows.map(toNotification), page: query.page, pageSize: query.pageSize, total, unread: (unread as { n: number }[])[0]!.n };
  }

  async markRead(id: string, at: Date): Promise<void> {
    await this.db.manager.query('UPDATE notification SET read_at = $2 WHERE id = $1 AND read_at IS NULL', [id, at]);
  }

  async markEmailed(id: string, at: Date): Promise<void> {
    await this.db.manager.query('UPDATE notification SET emailed_at = $2 WHERE id = $1', [id, at]);
  }
}

function toNotification(row: NotificationEntity): Notification {
  return {
    id: row.id,
    recipientId: row.recipientId,
    kind: row.kind as Notification['kind'],
    title: row.title,
    body: row.body,
    link: row.link,
    objectType: row.objectType,
    objectId: row.objectId,
    dedupeKey: row.dedupeKey,
    readAt: row.readAt,
    emailedAt: row.emailedAt,
    createdAt: row.createdAt,
  };
}
