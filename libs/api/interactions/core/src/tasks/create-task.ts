import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { ContactMomentRepository } from '../contact-moments/contact-moment-repository.js';
import { LinkTargets } from '../links/link-targets.js';
import { INTERACTION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { StaffDirectory } from '../staff/staff-directory.js';
import { ReminderScheduler } from './reminder-scheduler.js';
import type { Task, TaskInput } from './task.js';
import { checkTaskInput } from './task-input.js';
import { taskReferenceErrors } from './task-references.js';
import { reminderRequestFor } from './task-reminder.js';
import { TaskRepository } from './task-repository.js';

@UseCase()
export class CreateTask {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly moments: ContactMomentRepository,
    private readonly linkTargets: LinkTargets,
    private readonly staff: StaffDirectory,
    private readonly reminders: ReminderScheduler,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Creates an open task. Without an assignee or team it is the creator's. With a due date and
   * an assignee, its reminder is scheduled in the same transaction.
   *
   * @throws ValidationError listing every invalid field, including a relation that does not
   *   exist or is archived, an unknown assignee and a contact moment about another relation
   */
  async execute(input: TaskInput, context: ChangeContext): Promise<Task> {
    const { fields, errors } = checkTaskInput(input, { defaultAssigneeId: context.actor.id });
    if (errors.length > 0) throw new ValidationError(errors);
    return this.transactions.run(async () => {
      const references = await taskReferenceErrors({ linkTargets: this.linkTargets, staff: this.staff, moments: this.moments }, fields, null);
      if (references.length > 0) throw new ValidationError(references);
      const now = this.clock.now();
      const task: Task = {
        id: randomUUID(),
        ...fields,
        status: 'open',
        createdBy: context.actor.id,
        closedAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await this.tasks.insert(task);
      await this.auditLog.record({
        action: 'create',
        objectType: INTERACTION_AUDIT_OBJECT_TYPES.task,
        objectId: task.id,
        changes: auditedChanges(null, task),
        context,
      });
      const reminder = reminderRequestFor(task);
      if (reminder) await this.reminders.scheduleTaskReminder(reminder);
      return task;
    });
  }
}
