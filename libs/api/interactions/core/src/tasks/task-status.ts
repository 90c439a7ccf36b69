import { ConflictError } from '@gemeente-crm/api-kernel';
import { isActiveStatus, type TaskStatus } from './task.js';

/**
 * Where a task may go from each status. The usual path is open → bezig → afgerond; a task can
 * also be ticked off straight from open, and dropped (vervallen) while active. A closed task can
 * be reopened, with a reason, when it was closed by mistake or the work turns out unfinished.
 */
const TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  open: ['bezig', 'afgerond', 'vervallen'],
  bezig: ['open', 'afgerond', 'vervallen'],
  afgerond: ['open', 'bezig'],
  vervallen: ['open', 'bezig'],
};

export function canMoveTask(from: TaskStatus, to: TaskStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Dropping a task and reopening a closed one must say why (audit trail). */
export function transitionNeedsReason(from: TaskStatus, to: TaskStatus): boolean {
  return to === 'vervallen' || (!isActiveStatus(from) && isActiveStatus(to));
}

export function invalidTransition(from: TaskStatus, to: TaskStatus): ConflictError {
  const allowed = TRANSITIONS[from];
  return new ConflictError('task.invalid-transition', `Een taak met status ${from} kan niet naar ${to}; wel naar ${allowed.join(', ')}.`);
}
