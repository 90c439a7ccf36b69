/** The `objectType` under which relation records appear in the audit trail. */
export const RELATION_AUDIT_OBJECT_TYPES = {
  organisation: 'organisation',
  person: 'person',
  contactPerson: 'contact-person',
} as const;
