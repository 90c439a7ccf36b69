import 'reflect-metadata';
import { AuditLog, Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { OrganisationRepository, PersonRepository } from '@gemeente-crm/relations-core';
import { ContactMomentRepository } from './contact-moments/contact-moment-repository.js';
import { CreateTask } from './tasks/create-task.js';
import { LinkTargets } from './links/link-targets.js';
import { LinkableLeads } from './links/linkable-leads.js';
import { MailOutbox } from './notifications/mail-outbox.js';
import { NotificationRepository } from './notifications/notification-repository.js';
import { NotificationSettingsRepository } from './notifications/notification-settings-repository.js';
import { OutboundMail } from './notifications/outbound-mail.js';
import { StaffDirectory } from './staff/staff-directory.js';
import { ReminderScheduler } from './tasks/reminder-scheduler.js';
import { TaskRepository } from './tasks/task-repository.js';
import { TimelineReader } from './timeline/timeline-reader.js';
import { INTERACTIONS_USE_CASES } from './interactions-use-cases.js';
import { StoreDocument } from '@gemeente-crm/archive-core';
import { CreateContactMoment } from './contact-moments/create-contact-moment.js';
import { EmailMessageParser, EmailRecordRepository, InternalMailDomains, PersonAddressBook } from './email/email-ports.js';

const INJECTABLES: readonly unknown[] = [
  ContactMomentRepository,
  TaskRepository,
  NotificationRepository,
  NotificationSettingsRepository,
  MailOutbox,
  OutboundMail,
  ReminderScheduler,
  StaffDirectory,
  TimelineReader,
  LinkTargets,
  // Implemented by the leads feature: contact moments can be linked to leads.
  LinkableLeads,
  OrganisationRepository,
  PersonRepository,
  TransactionManager,
  AuditLog,
  Clock,
  // E-mail import: its own ports, and the use cases it builds on.
  EmailMessageParser,
  EmailRecordRepository,
  PersonAddressBook,
  InternalMailDomains,
  CreateContactMoment,
  StoreDocument,
];

describe('interactions use cases as injectable providers', () => {
  // A dependency-injection container (Nest) finds constructor arguments through this metadata.
  it.each(INTERACTIONS_USE_CASES.map((useCase) => [useCase.name, useCase] as const))('%s declares its ports as constructor parameter types', (_name, useCase) => {
    const parameterTypes: unknown[] = Reflect.getMetadata('design:paramtypes', useCase) ?? [];
    expect(parameterTypes).toHaveLength(useCase.length);
    for (const type of parameterTypes) expect(INJECTABLES).toContain(type);
  });

  it('asks for the ports by class, in constructor order', () => {
    expect(Reflect.getMetadata('design:paramtypes', CreateTask)).toEqual([
      TaskRepository,
      ContactMomentRepository,
      LinkTargets,
      StaffDirectory,
      ReminderScheduler,
      TransactionManager,
      AuditLog,
      Clock,
    ]);
  });
});
