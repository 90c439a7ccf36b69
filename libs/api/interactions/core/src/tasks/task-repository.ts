import type { Page } from '@gemeente-crm/api-kernel';
import type { Task } from './task.js';
import type { TaskQuery } from './task-query.js';

/** Where tasks are kept. Called inside `TransactionManager.run`. */
export abstract class TaskRepository {
  abstract findById(id: string): Promise<Task | null>;

  abstract insert(task: Task): Promise<void>;

  /** Replaces the stored task only if its version is still `expectedVersion`; false when it is not. */
  abstract update(task: Task, expectedVersion: number): Promise<boolean>;

  abstract search(query: TaskQuery): Promise<Page<Task>>;

  /**
   * Active tasks with an assignee that are due on or before `today` and have no reminder yet for
   * their current due date and assignee (see `taskReminderKey`), at most `limit`, oldest due first.
   */
  abstract findAwaitingReminder(today: string, limit: number): Promise<Task[]>;
}
