import {
  AuditLog,
  type ChangeContext,
  Clock,
  StaleVersionError,
  TransactionManager,
  ValidationError,
} from '@gemeente-crm/api-kernel';
import { requireReason, UseCase } from '@gemeente-crm/relations-core';
import { ContactMomentRepository } from '../contact-moments/contact-moment-repository.js';
import { LinkTargets } from '../links/link-targets.js';
import { INTERACTION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { definedFields } from '../shared/defined-fields.js';
import { StaffDirectory } from '../staff/staff-directory.js';
import { ReminderScheduler } from './reminder-scheduler.js';
import { isActiveStatus, isTaskStatus, type Task, TASK_STATUSES, taskInputOf, type TaskPatch, type TaskStatus } from './task.js';
import { taskClosed, taskNotFound } from './task-errors.js';
import { checkTaskInput } from './task-input.js';
import { taskReferenceErrors } from './task-references.js';
import { reminderChanged, reminderRequestFor } from './task-reminder.js';
import { TaskRepository } from './task-repository.js';
import { canMoveTask, invalidTransition, transitionNeedsReason } from './task-status.js';

/** Edits a task and moves it through its statuses (see task-status.ts). */
@UseCase()
export class UpdateTask {
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
   * Changes the fields present in `patch`, and the status when `patch.status` differs. A patch
   * that changes nothing writes nothing. A changed due date or assignee gets a new reminder.
   *
   * @param expectedVersion the version the caller read (ETag / If-Match)
   * @throws NotFoundError `task.not-found`
   * @throws StaleVersionError when someone else changed it since `expectedVersion`
   * @throws ConflictError `task.invalid-transition`; `task.closed` for edits of a closed task
   *   that is not being reopened
   * @throws ValidationError listing every invalid field; `reason.required` when dropping
   *   (vervallen) or reopening without a reason
   */
  async execute(id: string, patch: TaskPatch, expectedVersion: number, context: ChangeContext): Promise<Task> {
    return this.transactions.run(async () => {
      const current = await this.tasks.findById(id);
      if (!current) throw taskNotFound();
      if (current.version !== expectedVersion) throw new StaleVersionError(current.version);

      const { status: requestedStatus, ...fieldPatch } = patch;
      const status = requestedStatus === undefined ? current.status : parseStatus(requestedStatus);
      let change = context;
      if (status !== current.status) {
        if (!canMoveTask(current.status, status)) throw invalidTransition(current.status, status);
        if (transitionNeedsReason(current.status, status)) change = { ...context, reason: requireReason(context) };
      }

      const { fields, errors } = checkTaskInput({ ...taskInputOf(current), ...definedFields(fieldPatch) }, { defaultAssigneeId: null });
      if (errors.length > 0) throw new ValidationError(errors);
      const fieldChanges = auditedChanges(taskInputOf(current), fields);
      if (!isActiveStatus(current.status) && !isActiveStatus(status) && Object.keys(fieldChanges).length > 0) throw taskClosed();
      const references = await taskReferenceErrors(
        { linkTargets: this.linkTargets, staff: this.staff, moments: this.moments },
        fields,
        current,
      );
      if (references.length > 0) throw new ValidationError(references);

      const now = this.clock.now();
      const closedAt = isActiveStatus(status) ? null : isActiveStatus(current.status) ? now : current.closedAt;
      const changes = auditedChanges(current, { ...current, ...fields, status, closedAt });
      if (Object.keys(changes).length === 0) return current;
      const next: Task = { ...current, ...fields, status, closedAt, version: current.version + 1, updatedAt: now };
      await updateIfUnchanged(this.tasks, next, expectedVersion);
      await this.auditLog.record({ action: 'update', objectType: INTERACTION_AUDIT_OBJECT_TYPES.task, objectId: id, changes, context: change });
      const reminder = reminderRequestFor(next);
      if (reminder && reminderChanged(current, next)) await this.reminders.scheduleTaskReminder(reminder);
      return next;
    });
  }
}

function parseStatus(raw: string): TaskStatus {
  const status = raw.trim().toLowerCase();
  if (!isTaskStatus(status)) {
    throw new ValidationError([{ field: 'status', code: 'status.unknown', message: `Kies als status ${TASK_STATUSES.join(', ')}.` }]);
  }
  return status;
}
