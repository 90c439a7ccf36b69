import { type FieldChange, fieldChanges } from '@gemeente-crm/api-kernel';

/** Bookkeeping fields that change with every write and tell an auditor nothing. */
const IGNORED_FIELDS = ['version', 'updatedAt', 'createdAt'] as const;

/** Fields whose values must never reach the audit trail; it records only that they changed. */
const REDACTED_FIELDS = ['bsn'] as const;

/** The changed fields of a relation record as the audit trail stores them. */
export function auditedChanges<T extends object>(before: T | null, after: T | null): Record<string, FieldChange> {
  return fieldChanges(before, after, { ignore: IGNORED_FIELDS, redact: REDACTED_FIELDS });
}
