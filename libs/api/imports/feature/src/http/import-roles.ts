import type { Role } from '@gemeente-crm/api-kernel';

/** Who brings relations in from other systems: a bulk change needs someone who answers for the data. */
export const IMPORTERS: Role[] = ['functioneel-beheerder', 'teamleider'];
