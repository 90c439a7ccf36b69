import { ConflictError, NotFoundError } from '@gemeente-crm/api-kernel';

export function taskNotFound(): NotFoundError {
  return new NotFoundError('task.not-found', 'De taak bestaat niet.');
}

/** A closed task is read-only: reopen it first, so nobody edits work that is recorded as finished. */
export function taskClosed(): ConflictError {
  return new ConflictError('task.closed', 'De taak is afgerond of vervallen; heropen haar eerst om haar te wijzigen.');
}
