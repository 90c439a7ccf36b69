import { UnavailableError } from '@gemeente-crm/api-kernel';
import { MailOutbox } from '../notifications/mail-outbox.js';
import { type MailMessage, OutboundMail } from '../notifications/outbound-mail.js';
import { ReminderScheduler, type TaskReminderRequest } from '../tasks/reminder-scheduler.js';
import type { RollbackableStore } from '@gemeente-crm/api-kernel/testing';

/** Test double of ReminderScheduler: remembers what was scheduled (and forgets it on rollback). */
export class RecordingReminderScheduler extends ReminderScheduler implements RollbackableStore {
  scheduled: TaskReminderRequest[] = [];

  async scheduleTaskReminder(request: TaskReminderRequest): Promise<void> {
    this.scheduled.push({ ...request });
  }

  snapshot(): () => void {
    const saved = [...this.scheduled];
    return () => {
      this.scheduled = saved;
    };
  }
}

/** Test double of MailOutbox: the notification ids queued for e-mail. */
export class RecordingMailOutbox extends MailOutbox implements RollbackableStore {
  queued: string[] = [];

  async enqueue(notificationId: string): Promise<void> {
    this.queued.push(notificationId);
  }

  snapshot(): () => void {
    const saved = [...this.queued];
    return () => {
      this.queued = saved;
    };
  }
}

/** Test double of OutboundMail: keeps sent messages; `failNext` makes the next send fail like a refusing server. */
export class RecordingOutboundMail extends OutboundMail {
  sent: MailMessage[] = [];
  failNext = false;

  async send(message: MailMessage): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new UnavailableError('mail.unavailable', 'De mailserver is niet bereikbaar.');
    }
    this.sent.push({ ...message });
  }
}
