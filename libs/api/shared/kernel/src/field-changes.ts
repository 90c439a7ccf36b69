import type { FieldChange } from './audit-log.js';

/**
 * The fields whose values differ between two snapshots of a record, for the audit trail.
 * Values are compared structurally so arrays and nested objects count as changed only when
 * their content differs. Fields listed in `redact` are reported without their values.
 */
export function fieldChanges<T extends object>(
  before: T | null,
  after: T | null,
  options: { ignore?: readonly string[]; redact?: readonly string[] } = {},
): Record<string, FieldChange> {
  const ignore = new Set(options.ignore ?? []);
  const redact = new Set(options.redact ?? []);
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, FieldChange> = {};
  for (const key of keys) {
    if (ignore.has(key)) continue;
    const oldValue = normalise((before as Record<string, unknown> | null)?.[key]);
    const newValue = normalise((after as Record<string, unknown> | null)?.[key]);
    if (JSON.stringify(oldValue) === JSON.stringify(newValue)) continue;
    changes[key] = redact.has(key)
      ? { old: oldValue === null ? null : '***', new: newValue === null ? null : '***' }
      : { old: oldValue, new: newValue };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}
