import type { Page } from '@gemeente-crm/api-kernel';
import { refKey } from '../links/object-ref.js';
import { isActiveStatus, isOverdue, type Task } from '../tasks/task.js';
import type { TaskQuery } from '../tasks/task-query.js';
import { taskReminderKey } from '../tasks/task-reminder.js';
import { TaskRepository } from '../tasks/task-repository.js';
import type { InMemoryNotificationRepository } from './in-memory-notification-repository.js';
import type { RollbackableStore } from '@gemeente-crm/api-kernel/testing';

/** Test double of TaskRepository; knows the notifications to tell which tasks still await a reminder. */
export class InMemoryTaskRepository extends TaskRepository implements RollbackableStore {
  private rows = new Map<string, Task>();
  writes = 0;

  constructor(private readonly notifications: InMemoryNotificationRepository) {
    super();
  }

  async findById(id: string): Promise<Task | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async insert(task: Task): Promise<void> {
    this.rows.set(task.id, structuredClone(task));
    this.writes += 1;
  }

  async update(task: Task, expectedVersion: number): Promise<boolean> {
    const stored = this.rows.get(task.id);
    if (!stored || stored.version !== expectedVersion) return false;
    this.rows.set(task.id, structuredClone(task));
    this.writes += 1;
    return true;
  }

  async search(query: TaskQuery): Promise<Page<Task>> {
    const matches = [...this.rows.values()].filter(
      (row) =>
        (!query.assigneeId || row.assigneeId === query.assigneeId) &&
        (!query.assigneeTeam || row.assigneeTeam?.toLowerCase() === query.assigneeTeam.toLowerCase()) &&
        (!query.statuses.length || query.statuses.includes(row.status)) &&
        (!query.dueBefore || (row.dueDate !== null && row.dueDate < query.dueBefore)) &&
        (!query.overdue || isOverdue(row, query.today)) &&
        (!query.relation || refKey(row.relation) === refKey(query.relation)) &&
        (!query.contactMomentId || row.contactMomentId === query.contactMomentId) &&
        (!query.regarding || (row.regarding !== null && refKey(row.regarding) === refKey(query.regarding))),
    );
    const due = (row: Task) => row.dueDate ?? '9999-12-31';
    const created = (a: Task, b: Task) => a.createdAt.getTime() - b.createdAt.getTime();
    const order: Record<TaskQuery['sort'], (a: Task, b: Task) => number> = {
      urgency: (a, b) => Number(isOverdue(b, query.today)) - Number(isOverdue(a, query.today)) || due(a).localeCompare(due(b)) || created(a, b),
      dueDate: (a, b) => due(a).localeCompare(due(b)) || created(a, b),
      '-dueDate': (a, b) => due(b).localeCompare(due(a)) || created(a, b),
      createdAt: created,
      '-createdAt': (a, b) => created(b, a),
    };
    matches.sort(order[query.sort]);
    const start = (query.page - 1) * query.pageSize;
    return { items: matches.slice(start, start + query.pageSize).map((row) => structuredClone(row)), page: query.page, pageSize: query.pageSize, total: matches.length };
  }

  async findAwaitingReminder(today: string, limit: number): Promise<Task[]> {
    return [...this.rows.values()]
      .filter((row) => isActiveStatus(row.status) && row.assigneeId && row.dueDate && row.dueDate <= today && !this.notifications.hasKey(taskReminderKey(row)))
      .sort((a, b) => a.dueDate!.localeCompare(b.dueDate!))
      .slice(0, limit)
      .map((row) => structuredClone(row));
  }

  snapshot(): () => void {
    const saved = new Map(this.rows);
    const writes = this.writes;
    return () => {
      this.rows = saved;
      this.writes = writes;
    };
  }

  all(): Task[] {
    return [...this.rows.values()].map((row) => structuredClone(row));
  }
}
