import type { TFunction } from 'i18next';
import type { ContactChannel, ContactDirection, Task, TaskStatus } from '@gemeente-crm/web-api-client';

export const CHANNELS: readonly ContactChannel[] = ['telefoon', 'e-mail', 'bezoek', 'brief', 'overleg', 'chat', 'anders'];
export const DIRECTIONS: readonly ContactDirection[] = ['inkomend', 'uitgaand'];
export const TASK_STATUSES: readonly TaskStatus[] = ['open', 'bezig', 'afgerond', 'vervallen'];

/** Dutch label of a channel; unknown (newer) values show as they come. */
export function channelLabel(t: TFunction, channel: string): string {
  return (CHANNELS as readonly string[]).includes(channel) ? t(`channel.${channel as ContactChannel}`) : channel;
}

export function directionLabel(t: TFunction, direction: string): string {
  return (DIRECTIONS as readonly string[]).includes(direction) ? t(`direction.${direction as ContactDirection}`) : direction;
}

export function taskStatusLabel(t: TFunction, status: string): string {
  return (TASK_STATUSES as readonly string[]).includes(status) ? t(`task.status.${status as TaskStatus}`) : status;
}

/** Who a task is for: the employee, the team, or both. */
export function assigneeText(t: TFunction, task: Pick<Task, 'assignee' | 'assigneeTeam'>): string {
  const parts = [task.assignee?.name ?? task.assignee?.id, task.assigneeTeam ? t('task.team', { team: task.assigneeTeam }) : null].filter(Boolean);
  return parts.length ? parts.join(', ') : t('task.unassigned');
}

/** Still to do: open or bezig. */
export function isActive(status: string): boolean {
  return status === 'open' || status === 'bezig';
}
