import { Injectable } from '@nestjs/common';
import { localDateTime, ReminderScheduler, type TaskReminderRequest } from '@gemeente-crm/interactions-core';
import { JobQueue } from '@gemeente-crm/api-jobs';
import { REMINDER_TIME, TASK_REMINDER_QUEUE } from './queue-names.js';

/** A job per task reminder, due at 08:00 Dutch time on the due date (at once when that has passed). */
@Injectable()
export class PgBossReminderScheduler extends ReminderScheduler {
  constructor(private readonly queue: JobQueue) {
    super();
  }

  async scheduleTaskReminder(request: TaskReminderRequest): Promise<void> {
    await this.queue.send(TASK_REMINDER_QUEUE, request, {
      startAfter: localDateTime(request.dueDate, REMINDER_TIME),
      singletonKey: `${request.taskId}:${request.dueDate}`,
    });
  }
}
