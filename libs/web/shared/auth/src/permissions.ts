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
  /** See likely duplicates and mark pairs "geen dubbel" (DUPLICATES list: RELATION_EDITORS). */
  'relations:duplicates': ['medewerker', 'accountmanager', 'teamleider'],
  /** Merge duplicates: it archives one of them (RELATION_MERGERS = RELATION_ARCHIVERS). */
  'relations:merge': ['accountmanager', 'teamleider'],
  /** Start the duplicate scan or the KvK check by hand (RELATION_JOB_RUNNERS). */
  'relations:run-checks': ['teamleider', 'functioneel-beheerder'],
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
  /** Leads, the board and the lead lists (LEAD_READERS in libs/api/leads/feature/src/http/lead-roles.ts). */
  'leads:read': ['medewerker', 'accountmanager', 'teamleider', 'functioneel-beheerder'],
  /** Register, edit and move leads, mark them won or lost (LEAD_EDITORS). */
  'leads:write': ['medewerker', 'accountmanager', 'teamleider'],
  /** Reopen a won or lost lead (LEAD_REOPENERS). */
  'leads:reopen': ['accountmanager', 'teamleider'],
  /** Pipelines, sources and lost reasons (LEAD_CONFIGURATORS). */
  'leads:configure': ['functioneel-beheerder'],
  /** The conversion analysis (CONVERSION_READERS in libs/api/leads/feature/src/conversion/conversion-roles.ts). */
  'leads:conversion': ['accountmanager', 'teamleider', 'functioneel-beheerder', 'bi-lezer'],
  /** Lead scores and how the model works (SCORE_READERS in libs/api/leads/feature/src/scoring/scoring-roles.ts). */
  'leads:score': ['medewerker', 'accountmanager', 'teamleider', 'functioneel-beheerder'],
  /** Scoring weights (SCORING_CONFIGURATORS). */
  'leads:score-configure': ['functioneel-beheerder'],
  /** The import wizard (IMPORTERS in libs/api/imports/feature/src/http/import-roles.ts). */
  'imports:run': ['functioneel-beheerder', 'teamleider'],
  /** See and download documents (DOCUMENT_READERS in libs/api/archive/feature/src/http/document-roles.ts). */
  'documents:read': ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator', 'functioneel-beheerder'],
  /** Upload and archive documents, add e-mails to a relation (DOCUMENT_EDITORS, INTERACTION_EDITORS). */
  'documents:write': ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
