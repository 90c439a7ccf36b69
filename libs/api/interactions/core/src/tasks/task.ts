import type { ObjectRefInput, RelationRef, RegardingRef } from '../links/object-ref.js';

/** Statuses of a follow-up task (internetaak), as Klantinteracties names them. */
export const TASK_STATUSES = ['open', 'bezig', 'afgerond', 'vervallen'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Tasks still to be done: these show in "Mijn taken" and get reminders. */
export const ACTIVE_TASK_STATUSES = ['open', 'bezig'] as const satisfies readonly TaskStatus[];

/** What staff edit on a task. */
export interface TaskFields {
  title: string;
  /** Plain text. */
  description: string | null;
  /** Staff user id of the employee who is to do it. */
  assigneeId: string | null;
  /** The team it is assigned to, by name, when no one person is (or as well). */
  assigneeTeam: string | null;
  /** Calendar day (`YYYY-MM-DD`, Dutch time) it must be done by. */
  dueDate: string | null;
  /** The organisation or person the task is for. */
  relation: RelationRef;
  /** The contact moment it follows up, if any; it must concern the same relation. */
  contactMomentId: string | null;
  /** What else it is about, e.g. the lead it moves forward; that lead must concern the same relation. */
  regarding: RegardingRef | null;
}

export interface Task extends TaskFields {
  id: string;
  status: TaskStatus;
  createdBy: string;
  /** When it became afgerond or vervallen; null while active. */
  closedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A task as a caller submits it, to be normalised and validated. New tasks are `open`. */
export interface TaskInput {
  title: string;
  description?: string | null;
  /** Defaults to the employee creating the task when no team is given either. */
  assigneeId?: string | null;
  assigneeTeam?: string | null;
  dueDate?: string | null;
  relation: ObjectRefInput;
  contactMomentId?: string | null;
  /** A lead (`{ objectType: 'lead', objectId }`) the task is about. */
  regarding?: ObjectRefInput | null;
}

/** The fields to change, and possibly the status to move to; left out keeps the value. */
export type TaskPatch = Partial<TaskInput> & { status?: string };

export function isTaskStatus(value: string): value is TaskStatus {
  return (TASK_STATUSES as readonly string[]).includes(value);
}

export function isActiveStatus(status: TaskStatus): boolean {
  return (ACTIVE_TASK_STATUSES as readonly TaskStatus[]).includes(status);
}

/** Still to do, and its due date has passed (`today` is the Dutch calendar day). */
export function isOverdue(task: Pick<Task, 'status' | 'dueDate'>, today: string): boolean {
  return isActiveStatus(task.status) && task.dueDate !== null && task.dueDate < today;
}

export function isDueToday(task: Pick<Task, 'status' | 'dueDate'>, today: string): boolean {
  return isActiveStatus(task.status) && task.dueDate === today;
}

/** The editable fields of a stored task, as input again (the base a patch applies to). */
export function taskInputOf(task: Task): TaskInput {
  return {
    title: task.title,
    description: task.description,
    assigneeId: task.assigneeId,
    assigneeTeam: task.assigneeTeam,
    dueDate: task.dueDate,
    relation: task.relation,
    contactMomentId: task.contactMomentId,
    regarding: task.regarding,
  };
}
