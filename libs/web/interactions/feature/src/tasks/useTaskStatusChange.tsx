import { useCallback, useState } from 'react';
import { isApiError, type Task, type TaskStatus, useApiClient } from '@gemeente-crm/web-api-client';
import { formatDate, useTranslation } from '@gemeente-crm/web-i18n';
import { fetchTask, useRefreshInteractions, useUpdateTask } from '@gemeente-crm/web-interactions-data-access';
import { type Conflict, ConflictDialog } from '@gemeente-crm/web-forms';
import { errorMessage, ReasonDialog, useNotify } from '@gemeente-crm/web-ui';
import { assigneeText, isActive, taskStatusLabel } from '../shared/labels';

/** A task as the conflict dialog compares it. */
interface TaskValues {
  title: string;
  status: string;
  assignee: string;
  dueDate: string;
  description: string;
}

const TASK_KEYS = ['status', 'title', 'assignee', 'dueDate', 'description'] as const;

/** Dropping a task and reopening a closed one need a reason (the API refuses them without). */
export function needsReason(task: Pick<Task, 'status'>, status: TaskStatus): boolean {
  return status === 'vervallen' || (!isActive(task.status) && isActive(status));
}

/** The moves the API allows from a status (see docs/contact-moments-and-tasks.md). */
export function nextStatuses(status: TaskStatus): TaskStatus[] {
  switch (status) {
    case 'open':
      return ['bezig', 'afgerond', 'vervallen'];
    case 'bezig':
      return ['open', 'afgerond', 'vervallen'];
    default:
      return ['open'];
  }
}

/**
 * Moving a task to another status, shared by "Mijn taken" and the task list: PATCH with
 * If-Match; a reason dialog first where one is required; on 412 the conflict dialog shows what
 * someone else changed, and the user decides whether to still make the move on the newest version.
 */
export function useTaskStatusChange(options: { focusAfterChange?: () => HTMLElement | null } = {}) {
  const { t } = useTranslation();
  const client = useApiClient();
  const notify = useNotify();
  const update = useUpdateTask();
  const refresh = useRefreshInteractions();
  /** The move waiting for a reason; kept after closing so the dialog's title stays while it fades out. */
  const [asking, setAsking] = useState<{ task: Task; status: TaskStatus } | null>(null);
  const [askOpen, setAskOpen] = useState(false);
  const [conflict, setConflict] = useState<{ conflict: Conflict<TaskValues, Task>; status: TaskStatus; reason?: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const { focusAfterChange } = options;

  const values = useCallback(
    (task: Task): TaskValues => ({
      title: task.title,
      status: taskStatusLabel(t, task.status),
      assignee: assigneeText(t, task),
      dueDate: task.dueDate ? formatDate(`${task.dueDate}T12:00:00Z`) : '',
      description: task.description ?? '',
    }),
    [t],
  );

  /** Resolves when done or when the conflict dialog took over; rejects with other failures. */
  const apply = useCallback(
    async (task: Task, status: TaskStatus, reason?: string) => {
      setBusyId(task.id);
      try {
        await update.mutateAsync({ id: task.id, version: task.version, patch: { status, ...(reason ? { reason } : {}) } });
        notify(t('task.statusChanged', { title: task.title, status: taskStatusLabel(t, status).toLowerCase() }));
        // A task that left the list took the focused button with it: do not leave focus nowhere.
        setTimeout(() => {
          if (!document.activeElement || document.activeElement === document.body) focusAfterChange?.()?.focus();
        }, 0);
      } catch (error) {
        if (!isApiError(error) || error.kind !== 'stale-version') throw error;
        const fresh = await fetchTask(client, task.id);
        refresh();
        if (fresh.status === status) {
          notify(t('task.alreadyDone'), 'info');
          return;
        }
        const base = values(task);
        setConflict({ conflict: { base, mine: { ...base, status: taskStatusLabel(t, status) }, theirs: values(fresh), current: fresh }, status, ...(reason ? { reason } : {}) });
      } finally {
        setBusyId(null);
      }
    },
    [client, focusAfterChange, notify, refresh, t, update, values],
  );

  const change = useCallback(
    (task: Task, status: TaskStatus) => {
      if (needsReason(task, status)) {
        setAsking({ task, status });
        setAskOpen(true);
        return;
      }
      apply(task, status).catch((error: unknown) => notify(errorMessage(t, error), 'error'));
    },
    [apply, notify, t],
  );

  const dialogs = (
    <>
      <ReasonDialog
        open={askOpen}
        title={asking ? (asking.status === 'vervallen' ? t('task.dropTitle', { title: asking.task.title }) : t('task.reopenTitle', { title: asking.task.title })) : ''}
        description={asking?.status === 'vervallen' ? t('task.dropBody') : t('task.reopenBody')}
        confirmLabel={asking?.status === 'vervallen' ? t('task.drop') : t('task.reopen')}
        destructive={asking?.status === 'vervallen'}
        onClose={() => setAskOpen(false)}
        onConfirm={async (reason) => {
          if (!asking) return;
          await apply(asking.task, asking.status, reason);
        }}
      />
      {conflict ? (
        <ConflictDialog
          conflict={conflict.conflict}
          keys={TASK_KEYS}
          changedKeys={(a, b) => TASK_KEYS.filter((key) => a[key] !== b[key])}
          label={(key) => t(`task.fields.${key as (typeof TASK_KEYS)[number]}`)}
          display={(key, taskValues) => taskValues[key as keyof TaskValues]}
          reapplyLabel={t('task.conflictReapply')}
          reapplyHelp={t('task.conflictHelp')}
          discardLabel={t('task.conflictDiscard')}
          onReapply={() => {
            const { current } = conflict.conflict;
            const { status, reason } = conflict;
            setConflict(null);
            apply(current, status, reason).catch((error: unknown) => notify(errorMessage(t, error), 'error'));
          }}
          onDiscard={() => setConflict(null)}
        />
      ) : null}
    </>
  );

  return { change, busyId, dialogs };
}
