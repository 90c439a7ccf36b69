import type { TFunction } from 'i18next';
import type { RelationType, User } from '@gemeente-crm/web-api-client';

export function relationTypeLabel(code: string, types: readonly RelationType[] | undefined): string {
  return types?.find((type) => type.code === code)?.label ?? code;
}

export function ownerLabel(id: string, owners: readonly User[] | undefined, fallback?: string | null): string {
  return owners?.find((owner) => owner.id === id)?.displayName ?? fallback ?? id;
}

const STATUSES = ['prospect', 'actief', 'inactief'] as const;

export function statusLabel(t: TFunction, status: string): string {
  return (STATUSES as readonly string[]).includes(status) ? t(`status.${status as (typeof STATUSES)[number]}`) : status;
}

const ACTIONS = ['create', 'update', 'archive', 'restore', 'delete', 'read', 'link', 'unlink', 'import', 'merge'] as const;

/** Dutch label of an audit action; unknown (newer) actions show as they come. */
export function historyActionLabel(t: TFunction, action: string): string {
  return (ACTIONS as readonly string[]).includes(action) ? t(`history.actions.${action as (typeof ACTIONS)[number]}`) : action;
}
