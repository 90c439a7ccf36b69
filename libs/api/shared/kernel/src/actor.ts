export const ROLES = [
  'medewerker',
  'accountmanager',
  'teamleider',
  'klachtcoordinator',
  'functioneel-beheerder',
  'auditor',
  'bi-lezer',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The authenticated user (or system process) on whose behalf a use case runs. */
export interface Actor {
  /** Stable identity: `<tenant id>:<object id>` for Entra ID users. */
  id: string;
  displayName: string;
  roles: readonly Role[];
}

export const SYSTEM_ACTOR: Actor = { id: 'system', displayName: 'Systeem', roles: [] };

export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}
