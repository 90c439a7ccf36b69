import type { Role } from '@gemeente-crm/api-kernel';

/** Who may do what with relations; every route names one of these. */
export const RELATION_READERS: Role[] = ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator', 'functioneel-beheerder'];
export const RELATION_EDITORS: Role[] = ['medewerker', 'accountmanager', 'teamleider'];
export const RELATION_ARCHIVERS: Role[] = ['accountmanager', 'teamleider'];
/** Complaint coordinators register the residents who complain, BSN included. */
export const PERSON_EDITORS: Role[] = [...RELATION_EDITORS, 'klachtcoordinator'];
