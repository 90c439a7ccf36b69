import { ArchiveContactMoment } from './contact-moments/archive-contact-moment.js';
import { CreateContactMoment } from './contact-moments/create-contact-moment.js';
import { GetContactMoment } from './contact-moments/get-contact-moment.js';
import { RestoreContactMoment } from './contact-moments/restore-contact-moment.js';
import { SearchContactMoments } from './contact-moments/search-contact-moments.js';
import { UpdateContactMoment } from './contact-moments/update-contact-moment.js';
import { GetContactMomentEmail } from './email/get-contact-moment-email.js';
import { ImportEmail } from './email/import-email.js';
import { LinkTargets } from './links/link-targets.js';
import { GetNotificationSettings } from './notifications/get-notification-settings.js';
import { ListMyNotifications } from './notifications/list-my-notifications.js';
import { MarkNotificationRead } from './notifications/mark-notification-read.js';
import { NotifyDueTasks } from './notifications/notify-due-tasks.js';
import { SendNotificationMail } from './notifications/send-notification-mail.js';
import { UpdateNotificationSettings } from './notifications/update-notification-settings.js';
import { CreateTask } from './tasks/create-task.js';
import { GetTask } from './tasks/get-task.js';
import { ListMyTasks } from './tasks/list-my-tasks.js';
import { SearchTasks } from './tasks/search-tasks.js';
import { UpdateTask } from './tasks/update-task.js';
import { GetRelationSummary } from './timeline/get-relation-summary.js';
import { GetTimeline } from './timeline/get-timeline.js';

/**
 * Every use case (and the LinkTargets domain service) of the interactions domain, for the
 * feature module's `providers`. Their constructors ask for the interactions ports, the
 * relations domain's OrganisationRepository and PersonRepository, and TransactionManager,
 * AuditLog and Clock, which the module must provide.
 */
export const INTERACTIONS_USE_CASES = [
  LinkTargets,
  CreateContactMoment,
  UpdateContactMoment,
  ArchiveContactMoment,
  RestoreContactMoment,
  GetContactMoment,
  SearchContactMoments,
  CreateTask,
  UpdateTask,
  GetTask,
  SearchTasks,
  ListMyTasks,
  NotifyDueTasks,
  SendNotificationMail,
  ListMyNotifications,
  MarkNotificationRead,
  GetNotificationSettings,
  UpdateNotificationSettings,
  GetTimeline,
  GetRelationSummary,
  ImportEmail,
  GetContactMomentEmail,
] as const;
