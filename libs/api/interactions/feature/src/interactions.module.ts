import { type DynamicModule, Module } from '@nestjs/common';
import {
  ContactMomentRepository,
  EmailMessageParser,
  EmailRecordRepository,
  INTERACTIONS_USE_CASES,
  InternalMailDomains,
  MailOutbox,
  NotificationRepository,
  NotificationSettingsRepository,
  OutboundMail,
  PersonAddressBook,
  ReminderScheduler,
  StaticInternalMailDomains,
  StaffDirectory,
  TaskRepository,
  TimelineReader,
} from '@gemeente-crm/interactions-core';
import { EmailMergedReferences } from './email/email-merged-references.js';
import { FileEmailMessageParser } from './email/file-email-message-parser.js';
import { SqlEmailRecordRepository } from './email/sql-email-record-repository.js';
import { SqlPersonAddressBook } from './email/sql-person-address-book.js';
import { ContactMomentsController } from './http/contact-moments.controller.js';
import { EmailImportController } from './http/email-import.controller.js';
import { InteractionViews } from './http/interaction-views.js';
import { MeController } from './http/me.controller.js';
import { OrganisationTimelineController } from './http/organisation-timeline.controller.js';
import { PersonTimelineController } from './http/person-timeline.controller.js';
import { TasksController } from './http/tasks.controller.js';
import { INTERACTIONS_OPTIONS, type InteractionsModuleOptions } from './jobs/interactions-options.js';
import { PgBossMailOutbox } from './jobs/pg-boss-mail-outbox.js';
import { PgBossReminderScheduler } from './jobs/pg-boss-reminder-scheduler.js';
import { ReminderJobs } from './jobs/reminder-jobs.js';
import { LoggingOutboundMail } from './mail/logging-outbound-mail.js';
import { SmtpOutboundMail } from './mail/smtp-outbound-mail.js';
import { InteractionsMergedReferences } from './persistence/interactions-merged-references.js';
import { LinkNames } from './persistence/link-names.js';
import { SqlStaffDirectory } from './persistence/sql-staff-directory.js';
import { SqlTimelineReader } from './persistence/sql-timeline-reader.js';
import { TypeormContactMomentRepository } from './persistence/typeorm-contact-moment-repository.js';
import { TypeormNotificationRepository } from './persistence/typeorm-notification-repository.js';
import { TypeormNotificationSettingsRepository } from './persistence/typeorm-notification-settings-repository.js';
import { TypeormTaskRepository } from './persistence/typeorm-task-repository.js';
import { DemoInteractionsSeeder } from './seed/demo-interactions-seeder.js';

/**
 * Contact moments, tasks, reminders and the 360° timeline (R3), on PostgreSQL, with reminders
 * on the PostgreSQL-backed job queue. Needs the relations domain's OrganisationRepository and
 * PersonRepository from the application (the relations module exports them).
 */
@Module({})
export class InteractionsModule {
  static forRoot(options: InteractionsModuleOptions): DynamicModule {
    return {
      module: InteractionsModule,
      controllers: [ContactMomentsController, EmailImportController, TasksController, MeController, OrganisationTimelineController, PersonTimelineController],
      providers: [
        ...INTERACTIONS_USE_CASES,
        { provide: INTERACTIONS_OPTIONS, useValue: options },
        { provide: ContactMomentRepository, useClass: TypeormContactMomentRepository },
        { provide: TaskRepository, useClass: TypeormTaskRepository },
        { provide: NotificationRepository, useClass: TypeormNotificationRepository },
        { provide: NotificationSettingsRepository, useClass: TypeormNotificationSettingsRepository },
        { provide: StaffDirectory, useClass: SqlStaffDirectory },
        { provide: TimelineReader, useClass: SqlTimelineReader },
        { provide: ReminderScheduler, useClass: PgBossReminderScheduler },
        { provide: MailOutbox, useClass: PgBossMailOutbox },
        { provide: OutboundMail, useValue: options.mail ? new SmtpOutboundMail(options.mail.smtpUrl, options.mail.from) : new LoggingOutboundMail() },
        { provide: EmailMessageParser, useClass: FileEmailMessageParser },
        { provide: EmailRecordRepository, useClass: SqlEmailRecordRepository },
        { provide: PersonAddressBook, useClass: SqlPersonAddressBook },
        { provide: InternalMailDomains, useValue: new StaticInternalMailDomains(options.mailInternalDomains ?? []) },
        EmailMergedReferences,
        ReminderJobs,
        LinkNames,
        InteractionViews,
        DemoInteractionsSeeder,
        // Moves contact moments and tasks when relations are merged.
        InteractionsMergedReferences,
      ],
      exports: [DemoInteractionsSeeder],
    };
  }
}
