/** The `objectType` under which interaction records appear in the audit trail. */
export const INTERACTION_AUDIT_OBJECT_TYPES = {
  contactMoment: 'contact-moment',
  task: 'task',
  notificationSettings: 'notification-settings',
} as const;
