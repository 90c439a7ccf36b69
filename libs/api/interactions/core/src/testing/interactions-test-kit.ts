import type { Actor, ChangeContext, Role } from '@gemeente-crm/api-kernel';
import { ArchiveContactMoment } from '../contact-moments/archive-contact-moment.js';
import { CreateContactMoment } from '../contact-moments/create-contact-moment.js';
import { GetContactMoment } from '../contact-moments/get-contact-moment.js';
import { RestoreContactMoment } from '../contact-moments/restore-contact-moment.js';
import { SearchContactMoments } from '../contact-moments/search-contact-moments.js';
import { UpdateContactMoment } from '../contact-moments/update-contact-moment.js';
import { LinkTargets } from '../links/link-targets.js';
import { GetNotificationSettings } from '../notifications/get-notification-settings.js';
import { ListMyNotifications } from '../notifications/list-my-notifications.js';
import { MarkNotificationRead } from '../notifications/mark-notification-read.js';
import { NotifyDueTasks } from '../notifications/notify-due-tasks.js';
import { SendNotificationMail } from '../notifications/send-notification-mail.js';
import { UpdateNotificationSettings } from '../notifications/update-notification-settings.js';
import { CreateTask } from '../tasks/create-task.js';
import { GetTask } from '../tasks/get-task.js';
import { ListMyTasks } from '../tasks/list-my-tasks.js';
import { SearchTasks } from '../tasks/search-tasks.js';
import { UpdateTask } from '../tasks/update-task.js';
import { GetRelationSummary } from '../timeline/get-relation-summary.js';
import { GetTimeline } from '../timeline/get-timeline.js';
import { FixedClock } from './fixed-clock.js';
import { InMemoryContactMomentRepository } from './in-memory-contact-moment-repository.js';
import { InMemoryLinkableLeads } from './in-memory-linkable-leads.js';
import { InMemoryNotificationRepository } from './in-memory-notification-repository.js';
import { InMemoryNotificationSettingsRepository } from './in-memory-notification-settings-repository.js';
import { InMemoryOrganisations, InMemoryPersons } from './in-memory-relations.js';
import { InMemoryStaffDirectory } from './in-memory-staff-directory.js';
import { InMemoryTaskRepository } from './in-memory-task-repository.js';
import { InMemoryAuditLog, InMemoryTransactionManager } from '@gemeente-crm/api-kernel/testing';
import { RecordingMailOutbox, RecordingOutboundMail, RecordingReminderScheduler } from './recording-ports.js';
import { StubTimelineReader } from './stub-timeline-reader.js';

export const ANNE = 'tenant:anne';
export const BART = 'tenant:bart';

/** All in-memory ports wired together, sharing one transaction, with two known employees. */
export function createInteractionsTestKit() {
  const organisations = new InMemoryOrganisations();
  const persons = new InMemoryPersons();
  const leads = new InMemoryLinkableLeads();
  const staff = new InMemoryStaffDirectory();
  staff.add(ANNE, 'Anne de Graaf');
  staff.add(BART, 'Bart Willems');
  const moments = new InMemoryContactMomentRepository();
  const notifications = new InMemoryNotificationRepository();
  const tasks = new InMemoryTaskRepository(notifications);
  const settings = new InMemoryNotificationSettingsRepository();
  const auditLog = new InMemoryAuditLog();
  const reminders = new RecordingReminderScheduler();
  const outbox = new RecordingMailOutbox();
  const transactions = new InMemoryTransactionManager([moments, tasks, notifications, settings, auditLog, reminders, outbox]);
  return {
    organisations,
    persons,
    leads,
    staff,
    moments,
    tasks,
    notifications,
    settings,
    auditLog,
    reminders,
    outbox,
    mail: new RecordingOutboundMail(),
    timeline: new StubTimelineReader(),
    transactions,
    clock: new FixedClock('2026-07-01T09:00:00.000Z'),
  };
}

export type InteractionsTestKit = ReturnType<typeof createInteractionsTestKit>;

/** Every interactions use case, wired to the in-memory ports of `kit`. */
export function interactionsUseCases(kit: InteractionsTestKit) {
  const { organisations, persons, leads, staff, moments, tasks, notifications, settings, auditLog, reminders, outbox, mail, timeline, transactions, clock } = kit;
  const linkTargets = new LinkTargets(organisations, persons, leads);
  return {
    createContactMoment: new CreateContactMoment(moments, linkTargets, staff, transactions, auditLog, clock),
    updateContactMoment: new UpdateContactMoment(moments, linkTargets, staff, transactions, auditLog, clock),
    archiveContactMoment: new ArchiveContactMoment(moments, transactions, auditLog, clock),
    restoreContactMoment: new RestoreContactMoment(moments, transactions, auditLog, clock),
    getContactMoment: new GetContactMoment(moments),
    searchContactMoments: new SearchContactMoments(moments),
    createTask: new CreateTask(tasks, moments, linkTargets, staff, reminders, transactions, auditLog, clock),
    updateTask: new UpdateTask(tasks, moments, linkTargets, staff, reminders, transactions, auditLog, clock),
    getTask: new GetTask(tasks),
    searchTasks: new SearchTasks(tasks, clock),
    listMyTasks: new ListMyTasks(tasks, clock),
    notifyDueTasks: new NotifyDueTasks(tasks, notifications, settings, outbox, transactions, clock),
    sendNotificationMail: new SendNotificationMail(notifications, settings, mail, clock),
    listMyNotifications: new ListMyNotifications(notifications),
    markNotificationRead: new MarkNotificationRead(notifications, clock),
    getNotificationSettings: new GetNotificationSettings(settings),
    updateNotificationSettings: new UpdateNotificationSettings(settings, transactions, auditLog, clock),
    getTimeline: new GetTimeline(linkTargets, timeline, transactions, auditLog),
    getRelationSummary: new GetRelationSummary(linkTargets, timeline, staff, clock),
  };
}

export function actor(id: string = ANNE, ...roles: Role[]): Actor {
  return { id, displayName: id === ANNE ? 'Anne de Graaf' : 'Bart Willems', roles: roles.length ? roles : ['medewerker'] };
}

/** The context of a change by `id` (Anne by default), with an optional reason. */
export function changeBy(id: string = ANNE, reason?: string): ChangeContext {
  const context: ChangeContext = { actor: actor(id), requestId: 'req-1', client: 'web' };
  if (reason !== undefined) context.reason = reason;
  return context;
}
