import { type Actor, Clock, type Page, type PageRequest } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { localDate } from '../rules/local-date.js';
import { ACTIVE_TASK_STATUSES, type Task } from './task.js';
import { normaliseTaskQuery } from './task-query.js';
import { TaskRepository } from './task-repository.js';

/** "Mijn taken": what the employee still has to do, overdue first, then by due date. */
@UseCase()
export class ListMyTasks {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, page: Partial<PageRequest> = {}): Promise<Page<Task> & { today: string }> {
    const today = localDate(this.clock.now());
    const query = normaliseTaskQuery({ ...page, assigneeId: actor.id, statuses: ACTIVE_TASK_STATUSES, sort: 'urgency' }, today);
    return { ...(await this.tasks.search(query)), today };
  }
}
