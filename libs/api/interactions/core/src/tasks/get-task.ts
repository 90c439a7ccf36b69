import { UseCase } from '@gemeente-crm/relations-core';
import type { Task } from './task.js';
import { taskNotFound } from './task-errors.js';
import { TaskRepository } from './task-repository.js';

@UseCase()
export class GetTask {
  constructor(private readonly tasks: TaskRepository) {}

  /** @throws NotFoundError `task.not-found` */
  async execute(id: string): Promise<Task> {
    const task = await this.tasks.findById(id);
    if (!task) throw taskNotFound();
    return task;
  }
}
