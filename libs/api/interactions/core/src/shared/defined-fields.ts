/**
 * The fields of a patch that were actually given. `undefined` means "leave as is" while
 * null means "clear", so the two must not be confused when a patch is applied.
 */
export function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
