import 'reflect-metadata';
import { AuditLog, Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { OrganisationRepository, PersonRepository } from '@gemeente-crm/relations-core';
import { ContactMomentRepository } from './contact-moments/contact-moment-repository.js';
import { CreateTask } from './tasks/create-task.js';
import { LinkTargets } from './links/link-targets.js';
import { MailOutbox } from './notifications/mail-outbox.js';
import { NotificationRepository } from './notifications/notification-repository.js';
import { NotificationSettingsRepository } from './notifications/notification-settings-repository.js';
import { OutboundMail } from './notifications/outbound-mail.js';
import { StaffDirectory } from './staff/staff-directory.js';
import { ReminderScheduler } from './tasks/reminder-scheduler.js';
import { TaskRepository } from './tasks/task-repository.js';
import { TimelineReader } from './timeline/timeline-reader.js';
import { INTERACTIONS_USE_CASES } from './interactions-use-cases.js';

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
  OrganisationRepository,
  PersonRepository,
  TransactionManager,
  AuditLog,
  Clock,
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
