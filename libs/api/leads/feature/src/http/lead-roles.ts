import type { Role } from '@gemeente-crm/api-kernel';

/** Who may do what with leads; every route names one of these. */

/** Everybody who works with relations sees leads, and administrators see what they configure. */
export const LEAD_READERS: Role[] = ['medewerker', 'accountmanager', 'teamleider', 'functioneel-beheerder'];

/** Who registers leads, edits them, moves them on the board and records the result. */
export const LEAD_EDITORS: Role[] = ['medewerker', 'accountmanager', 'teamleider'];

/** Reopening a result changes the figures others report on: account managers and team leaders only. */
export const LEAD_REOPENERS: Role[] = ['accountmanager', 'teamleider'];

/** Pipelines, sources and lost reasons are configuration (R13): functional administrators. */
export const LEAD_CONFIGURATORS: Role[] = ['functioneel-beheerder'];
