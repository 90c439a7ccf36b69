import { type FieldChange, fieldChanges } from '@gemeente-crm/api-kernel';

/** The `objectType` of quote records in the audit trail. */
export const QUOTE_AUDIT_OBJECT_TYPES = {
  quote: 'quote',
  quoteTemplate: 'quote-template',
} as const;

/** There is one quote template for the whole installation; its audit events share this id. */
export const QUOTE_TEMPLATE_AUDIT_ID = 'quote-template';

const IGNORED_FIELDS = ['version', 'updatedAt', 'createdAt'] as const;

export function quoteChanges<T extends object>(before: T | null, after: T | null): Record<string, FieldChange> {
  return fieldChanges(before, after, { ignore: IGNORED_FIELDS });
}
