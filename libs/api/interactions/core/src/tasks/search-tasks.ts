import { Clock, type Page } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { localDate } from '../rules/local-date.js';
import type { Task } from './task.js';
import { normaliseTaskQuery, type TaskQueryInput } from './task-query.js';
import { TaskRepository } from './task-repository.js';

@UseCase()
export class SearchTasks {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly clock: Clock,
  ) {}

  /** Most urgent first unless sorted otherwise; "overdue" is measured against today in Dutch time. */
  async execute(input: TaskQueryInput = {}): Promise<Page<Task> & { today: string }> {
    const today = localDate(this.clock.now());
    return { ...(await this.tasks.search(normaliseTaskQuery(input, today))), today };
  }
}
