import type { Role } from '@gemeente-crm/api-kernel';

/** Who may see and download documents: everybody who reads relations and their contact moments. */
export const DOCUMENT_READERS: Role[] = ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator', 'functioneel-beheerder'];

/** Who files and archives documents: the roles that register contact moments. */
export const DOCUMENT_EDITORS: Role[] = ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator'];
