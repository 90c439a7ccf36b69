import type { Role } from '@gemeente-crm/api-kernel';

/**
 * Conversion figures compare colleagues (win rate per owner): account managers, team leaders,
 * administrators and BI readers (the reporting module), not every employee.
 */
export const CONVERSION_READERS: Role[] = ['accountmanager', 'teamleider', 'functioneel-beheerder', 'bi-lezer'];
