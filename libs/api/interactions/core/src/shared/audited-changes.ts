import { type FieldChange, fieldChanges } from '@gemeente-crm/api-kernel';

/**
 * Bookkeeping fields that change with every write and tell an auditor nothing. The plain text
 * of notes is derived from their (sanitised) HTML, which the trail records; keeping both would
 * store every note twice.
 */
const IGNORED_FIELDS = ['version', 'updatedAt', 'createdAt', 'notesText'] as const;

/** The changed fields of an interaction record as the audit trail stores them. */
export function auditedChanges<T extends object>(before: T | null, after: T | null): Record<string, FieldChange> {
  return fieldChanges(before, after, { ignore: IGNORED_FIELDS });
}
