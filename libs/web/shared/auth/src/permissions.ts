import type { Role } from '@gemeente-crm/web-api-client';

/**
 * What each role may do in the SPA: the same sets as the API's `@Roles` on the relations and
 * interactions routes (libs/api/relations/feature/src/http/relation-roles.ts and BSN_READER_ROLES). The API
 * decides (deny by default); this table only hides navigation and buttons a user cannot use.
 */
export const PERMISSIONS = {
  'relations:read': ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator', 'functioneel-beheerder'],
  /** Create and edit organisations, link and unlink contact persons. */
  'relations:write': ['medewerker', 'accountmanager', 'teamleider'],
  /** Create and edit persons (complaint coordinators register residents). */
  'persons:write': ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator'],
  'relations:archive': ['accountmanager', 'teamleider'],
  'relations:history': ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator', 'functioneel-beheerder'],
  /** Enter a BSN when creating a person; on existing persons the API decides by returning `bsn` or not. */
  'persons:bsn': ['klachtcoordinator', 'teamleider'],
  /**
   * Contact moments, tasks, timelines, "Mijn taken" and notifications: the API's INTERACTION_READERS
   * (libs/api/interactions/feature/src/http/interaction-roles.ts).
   */
  'interactions:read': ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator', 'functioneel-beheerder'],
  /** Register contact moments, create tasks and change their status (INTERACTION_EDITORS). */
  'interactions:write': ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
