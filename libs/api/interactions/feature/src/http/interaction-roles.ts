import type { Role } from '@gemeente-crm/api-kernel';

/** Who may read contact moments, tasks and timelines: everybody who reads relations. */
export const INTERACTION_READERS: Role[] = ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator', 'functioneel-beheerder'];

/** Who registers contact moments and works on tasks (complaint coordinators too: they talk to residents). */
export const INTERACTION_EDITORS: Role[] = ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator'];

/** Everybody working in the CRM has their own task list and notifications. */
export const STAFF: Role[] = INTERACTION_READERS;
