import type { FieldError } from '@gemeente-crm/api-kernel';

/**
 * A `<code>.too-long` error when `value` exceeds `max` characters. The HTTP layer caps
 * lengths too, but imports and other callers reach the domain without it.
 */
export function tooLongError(field: string, code: string, value: string | null, max: number): FieldError[] {
  if (value === null || value.length <= max) return [];
  return [{ field, code: `${code}.too-long`, message: `Dit veld mag hoogstens ${max} tekens lang zijn.` }];
}
