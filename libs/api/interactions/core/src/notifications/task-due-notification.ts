import { randomUUID } from 'node:crypto';
import { dutchDate } from '../rules/local-date.js';
import type { Task } from '../tasks/task.js';
import { taskReminderKey } from '../tasks/task-reminder.js';
import type { Notification } from './notification.js';

/** The reminder of a task that is due today or overdue, for its assignee. */
export function taskDueNotification(task: Task & { assigneeId: string; dueDate: string }, today: string, now: Date): Notification {
  const dueToday = task.dueDate === today;
  return {
    id: randomUUID(),
    recipientId: task.assigneeId,
    kind: 'task-due',
    title: dueToday ? `Taak voor vandaag: ${task.title}` : `Taak over tijd: ${task.title}`,
    body: `${dueToday ? `De taak "${task.title}" moet vandaag af zijn.` : `De taak "${task.title}" moest op ${dutchDate(task.dueDate)} af zijn.`} Je vindt haar bij Mijn taken.`,
    link: `/api/v1/tasks/${task.id}`,
    objectType: 'task',
    objectId: task.id,
    dedupeKey: taskReminderKey(task),
    readAt: null,
    emailedAt: null,
    createdAt: now,
  };
}
