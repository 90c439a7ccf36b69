import { isActiveStatus, type Task } from './task.js';
import type { TaskReminderRequest } from './reminder-scheduler.js';

/**
 * The reminder a task needs: one on its due date to the employee it is assigned to, while it is
 * still to do. A task assigned only to a team has nobody to remind yet (teams have no members
 * in the CRM); it shows in the team's task list instead.
 */
export function reminderRequestFor(task: Task): TaskReminderRequest | null {
  if (!isActiveStatus(task.status) || !task.assigneeId || !task.dueDate) return null;
  return { taskId: task.id, dueDate: task.dueDate };
}

/**
 * What makes a reminder unique: the task, the due date and the recipient. The notification table
 * has a unique index on it, so two replicas (or the sweep and the per-task job) racing to remind
 * the same person of the same task create one notification; a new due date or a new assignee
 * earns a new reminder.
 */
export function taskReminderKey(task: Pick<Task, 'id' | 'dueDate' | 'assigneeId'>): string {
  return `task-due:${task.id}:${task.dueDate}:${task.assigneeId}`;
}

/** Whether a change to a task calls for scheduling its reminder (again). */
export function reminderChanged(before: Task, after: Task): boolean {
  const request = reminderRequestFor(after);
  if (!request) return false;
  return before.dueDate !== after.dueDate || before.assigneeId !== after.assigneeId || !isActiveStatus(before.status);
}
