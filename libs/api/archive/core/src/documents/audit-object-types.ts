/** The `objectType` under which archive records appear in the audit trail. */
export const ARCHIVE_AUDIT_OBJECT_TYPES = {
  document: 'document',
} as const;

/** Bookkeeping fields that change with every write and tell an auditor nothing. */
export const DOCUMENT_AUDIT_IGNORED_FIELDS = ['version', 'updatedAt', 'contentKey'] as const;
