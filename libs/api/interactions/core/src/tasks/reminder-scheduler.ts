/** A reminder to send for a task on its due date. */
export interface TaskReminderRequest {
  taskId: string;
  /** The due date the reminder is for (`YYYY-MM-DD`); a reminder for a since-changed due date is dropped. */
  dueDate: string;
}

/**
 * Arranges for a task's reminder to go out on its due date. Called inside the transaction that
 * set the due date, so the task and its scheduled reminder commit together. Scheduling the same
 * reminder twice is harmless: notifications are unique per task, due date and recipient.
 */
export abstract class ReminderScheduler {
  abstract scheduleTaskReminder(request: TaskReminderRequest): Promise<void>;
}
