// Rules and shared
export * from './rules/local-date.js';
export * from './rules/rich-text.js';
export * from './shared/audit-object-types.js';

// Links and staff
export * from './links/link-targets.js';
export * from './links/linkable-leads.js';
export * from './links/object-ref.js';
export * from './staff/staff-directory.js';

// Contact moments
export * from './contact-moments/contact-moment.js';
export * from './contact-moments/contact-moment-errors.js';
export * from './contact-moments/contact-moment-input.js';
export * from './contact-moments/contact-moment-query.js';
export * from './contact-moments/contact-moment-repository.js';
export * from './contact-moments/archive-contact-moment.js';
export * from './contact-moments/create-contact-moment.js';
export * from './contact-moments/get-contact-moment.js';
export * from './contact-moments/restore-contact-moment.js';
export * from './contact-moments/search-contact-moments.js';
export * from './contact-moments/update-contact-moment.js';

// Tasks
export * from './tasks/task.js';
export * from './tasks/task-errors.js';
export * from './tasks/task-input.js';
export * from './tasks/task-query.js';
export * from './tasks/task-reminder.js';
export * from './tasks/task-repository.js';
export * from './tasks/task-status.js';
export * from './tasks/reminder-scheduler.js';
export * from './tasks/create-task.js';
export * from './tasks/get-task.js';
export * from './tasks/list-my-tasks.js';
export * from './tasks/search-tasks.js';
export * from './tasks/update-task.js';

// Notifications and reminders
export * from './notifications/notification.js';
export * from './notifications/notification-repository.js';
export * from './notifications/notification-settings.js';
export * from './notifications/notification-settings-repository.js';
export * from './notifications/mail-outbox.js';
export * from './notifications/outbound-mail.js';
export * from './notifications/task-due-notification.js';
export * from './notifications/get-notification-settings.js';
export * from './notifications/list-my-notifications.js';
export * from './notifications/mark-notification-read.js';
export * from './notifications/notify-due-tasks.js';
export * from './notifications/send-notification-mail.js';
export * from './notifications/update-notification-settings.js';

// E-mail import
export * from './email/email-message.js';
export * from './email/email-ports.js';
export * from './email/get-contact-moment-email.js';
export * from './email/import-email.js';

// Timeline
export * from './timeline/timeline.js';
export * from './timeline/timeline-query.js';
export * from './timeline/timeline-reader.js';
export * from './timeline/get-relation-summary.js';
export * from './timeline/get-timeline.js';

export * from './interactions-use-cases.js';
