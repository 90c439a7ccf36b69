/** The `objectType` under which leads-domain records appear in the audit trail. */
export const LEAD_AUDIT_OBJECT_TYPES = {
  lead: 'lead',
  pipeline: 'pipeline',
  leadSource: 'lead-source',
  lostReason: 'lead-lost-reason',
} as const;
