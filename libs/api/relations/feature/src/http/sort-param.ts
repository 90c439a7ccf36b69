import type { SortDirection } from '@gemeente-crm/api-kernel';

/** `name` → ascending by name, `-name` → descending. */
export function sortFromParam<F extends string>(param: string | undefined): { field: F; direction: SortDirection } | undefined {
  if (!param) return undefined;
  return param.startsWith('-') ? { field: param.slice(1) as F, direction: 'desc' } : { field: param as F, direction: 'asc' };
}
