import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { MUNICIPAL_TIME_ZONE, NotifyDueTasks, SendNotificationMail, type TaskReminderRequest } from '@gemeente-crm/interactions-core';
import { INTERACTIONS_OPTIONS, type InteractionsModuleOptions } from './interactions-options.js';
import { JobQueue } from '@gemeente-crm/api-jobs';
import { NOTIFICATION_MAIL_QUEUE, REMINDER_SWEEP_QUEUE, TASK_REMINDER_QUEUE } from './queue-names.js';

/**
 * Starts the job queue with the application and puts the reminder workers on it: the job per
 * task on its due date, the periodic sweep behind it, and the e-mails they queue.
 */
@Injectable()
export class ReminderJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('jobs');

  constructor(
    @Inject(INTERACTIONS_OPTIONS) private readonly options: InteractionsModuleOptions,
    private readonly queue: JobQueue,
    private readonly notifyDueTasks: NotifyDueTasks,
    private readonly sendNotificationMail: SendNotificationMail,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const jobs = this.options.jobs;
    if (!jobs || !(await this.queue.start())) return;
    await this.queue.createQueue({ name: TASK_REMINDER_QUEUE, retryLimit: 5, retryDelay: 60, retryBackoff: true });
    // One sweep at a time and at most one waiting, so a slow sweep is not followed by a pile of them.
    await this.queue.createQueue({ name: REMINDER_SWEEP_QUEUE, policy: 'stately', retryLimit: 1 });
    await this.queue.createQueue({ name: NOTIFICATION_MAIL_QUEUE, retryLimit: 10, retryDelay: 60, retryBackoff: true, retryDelayMax: 3600 });
    await this.queue.schedule(REMINDER_SWEEP_QUEUE, jobs.reminderSweepCron, { tz: MUNICIPAL_TIME_ZONE });
    await this.queue.work<TaskReminderRequest>(TASK_REMINDER_QUEUE, (job) => this.notifyDueTasks.remindTask(job.data));
    await this.queue.work(REMINDER_SWEEP_QUEUE, () => this.notifyDueTasks.sweep());
    await this.queue.work<{ notificationId: string }>(NOTIFICATION_MAIL_QUEUE, (job) => this.sendNotificationMail.execute(job.data.notificationId));
    // One sweep now, for whatever became due while no replica ran jobs (a stately queue keeps
    // replicas starting together to one waiting sweep).
    await this.queue.send(REMINDER_SWEEP_QUEUE, {});
    this.logger.log(`reminder jobs running (sweep "${jobs.reminderSweepCron}", ${MUNICIPAL_TIME_ZONE})`);
  }
}
