import { Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { localDate } from '../rules/local-date.js';
import type { Task } from '../tasks/task.js';
import type { TaskReminderRequest } from '../tasks/reminder-scheduler.js';
import { reminderRequestFor } from '../tasks/task-reminder.js';
import { TaskRepository } from '../tasks/task-repository.js';
import { MailOutbox } from './mail-outbox.js';
import { NotificationRepository } from './notification-repository.js';
import { NotificationSettingsRepository } from './notification-settings-repository.js';
import { taskDueNotification } from './task-due-notification.js';

const SWEEP_BATCH = 500;
/** A safety stop: a sweep that keeps finding work this long is looping on something it cannot store. */
const MAX_SWEEP_BATCHES = 200;

/**
 * Reminds assignees of tasks that are due today or overdue: an in-app notification, and a
 * queued e-mail for those who asked for one. Runs from the job queue, both per task on its due
 * date and as a periodic sweep that catches whatever the per-task jobs missed. Any number of
 * runs, on any number of replicas, at the same time or not, leave one notification per task,
 * due date and assignee: the notification store refuses a second one (see taskReminderKey).
 */
@UseCase()
export class NotifyDueTasks {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly notifications: NotificationRepository,
    private readonly settings: NotificationSettingsRepository,
    private readonly outbox: MailOutbox,
    private readonly transactions: TransactionManager,
    private readonly clock: Clock,
  ) {}

  /** The sweep: every task awaiting its reminder. Returns how many notifications this run created. */
  async sweep(): Promise<number> {
    const today = localDate(this.clock.now());
    let created = 0;
    for (let batch = 0; batch < MAX_SWEEP_BATCHES; batch++) {
      const due = await this.tasks.findAwaitingReminder(today, SWEEP_BATCH);
      for (const task of due) if (await this.remind(task, today)) created += 1;
      if (due.length < SWEEP_BATCH) break;
    }
    return created;
  }

  /**
   * The reminder of one task, as scheduled for `request.dueDate`. Nothing happens when the task
   * has been closed, reassigned to nobody, or given another due date since (that date has its
   * own reminder), or when the date has not come yet.
   *
   * @returns whether this run created the notification
   */
  async remindTask(request: TaskReminderRequest): Promise<boolean> {
    const today = localDate(this.clock.now());
    const task = await this.tasks.findById(request.taskId);
    if (!task || reminderRequestFor(task)?.dueDate !== request.dueDate || request.dueDate > today) return false;
    return this.remind(task, today);
  }

  private remind(task: Task, today: string): Promise<boolean> {
    const { assigneeId, dueDate } = task;
    if (!assigneeId || !dueDate) return Promise.resolve(false);
    return this.transactions.run(async () => {
      const notification = taskDueNotification({ ...task, assigneeId, dueDate }, today, this.clock.now());
      if (!(await this.notifications.insertOnce(notification))) return false;
      const settings = await this.settings.find(assigneeId);
      if (settings?.emailReminders && settings.email) await this.outbox.enqueue(notification.id);
      return true;
    });
  }
}
