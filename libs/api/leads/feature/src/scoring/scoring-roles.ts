import type { Role } from '@gemeente-crm/api-kernel';

/** Everybody who sees leads sees their scores and how the model works (transparency). */
export const SCORE_READERS: Role[] = ['medewerker', 'accountmanager', 'teamleider', 'functioneel-beheerder'];

/** The weights are configuration (R13): functional administrators. */
export const SCORING_CONFIGURATORS: Role[] = ['functioneel-beheerder'];
