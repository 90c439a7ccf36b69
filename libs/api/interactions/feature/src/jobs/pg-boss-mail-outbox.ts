import { Injectable } from '@nestjs/common';
import { MailOutbox } from '@gemeente-crm/interactions-core';
import { JobQueue } from '@gemeente-crm/api-jobs';
import { NOTIFICATION_MAIL_QUEUE } from './queue-names.js';

/** The e-mail of a notification as a job, retried with back-off until the mail server takes it. */
@Injectable()
export class PgBossMailOutbox extends MailOutbox {
  constructor(private readonly queue: JobQueue) {
    super();
  }

  async enqueue(notificationId: string): Promise<void> {
    await this.queue.send(NOTIFICATION_MAIL_QUEUE, { notificationId }, { singletonKey: notificationId });
  }
}
