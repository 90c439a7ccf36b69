/** The reminder of one task on its due date (data: TaskReminderRequest). */
export const TASK_REMINDER_QUEUE = 'task-reminder';
/** The periodic sweep for reminders the per-task jobs missed (no data). */
export const REMINDER_SWEEP_QUEUE = 'task-reminder-sweep';
/** The e-mail of a notification (data: `{ notificationId }`). */
export const NOTIFICATION_MAIL_QUEUE = 'notification-mail';

/** Dutch time of day at which a task's reminder goes out on its due date. */
export const REMINDER_TIME = '08:00';
