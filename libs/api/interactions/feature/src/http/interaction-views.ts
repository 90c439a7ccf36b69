import { Injectable } from '@nestjs/common';
import type { Page } from '@gemeente-crm/api-kernel';
import {
  type ContactMoment,
  type ContactMomentSummary,
  isDueToday,
  isOverdue,
  type Notification,
  type NotificationSettings,
  type ObjectRef,
  refKey,
  type RelationSummary,
  StaffDirectory,
  type Task,
  type TimelineItem,
  type TimelinePage,
} from '@gemeente-crm/interactions-core';
import { LinkNames } from '../persistence/link-names.js';

/**
 * Domain records as the API shows them: ISO dates, and names next to the ids of linked records
 * and employees, looked up once per response rather than once per row.
 */
@Injectable()
export class InteractionViews {
  constructor(
    private readonly linkNames: LinkNames,
    private readonly staff: StaffDirectory,
  ) {}

  async contactMoment(moment: ContactMoment) {
    const names = await this.names(moment.links, [...moment.participantIds, moment.createdBy]);
    return {
      id: moment.id,
      channel: moment.channel,
      direction: moment.direction,
      occurredAt: moment.occurredAt.toISOString(),
      subject: moment.subject,
      notesHtml: moment.notesHtml,
      notesText: moment.notesText,
      links: moment.links.map(names.link),
      participants: moment.participantIds.map(names.staff),
      createdBy: names.staff(moment.createdBy),
      archivedAt: moment.archivedAt?.toISOString() ?? null,
      archiveReason: moment.archiveReason,
      version: moment.version,
      createdAt: moment.createdAt.toISOString(),
      updatedAt: moment.updatedAt.toISOString(),
    };
  }

  async contactMomentPage(page: Page<ContactMomentSummary>) {
    const names = await this.names(
      page.items.flatMap((item) => item.links),
      page.items.flatMap((item) => item.participantIds),
    );
    return {
      ...page,
      items: page.items.map((item) => ({
        id: item.id,
        channel: item.channel,
        direction: item.direction,
        occurredAt: item.occurredAt.toISOString(),
        subject: item.subject,
        notesExcerpt: item.notesExcerpt,
        links: item.links.map(names.link),
        participants: item.participantIds.map(names.staff),
        archived: item.archived,
      })),
    };
  }

  async task(task: Task, today: string) {
    const names = await this.names(task.regarding ? [task.relation, task.regarding] : [task.relation], [task.assigneeId, task.createdBy]);
    return taskView(task, today, names);
  }

  async taskPage(page: Page<Task> & { today: string }) {
    const names = await this.names(
      page.items.flatMap((task) => (task.regarding ? [task.relation, task.regarding] : [task.relation])),
      page.items.flatMap((task) => [task.assigneeId, task.createdBy]),
    );
    const { today, items, ...paging } = page;
    return { ...paging, items: items.map((task) => taskView(task, today, names)) };
  }

  timeline(page: TimelinePage) {
    return {
      items: page.items.map(timelineItemView),
      page: page.page,
      pageSize: page.pageSize,
      total: page.total,
      totalIsExact: page.totalIsExact ?? true,
      counts: {
        contactMoment: page.counts['contact-moment'],
        email: page.counts.email,
        task: page.counts.task,
        document: page.counts.document,
        change: page.counts.change,
      },
    };
  }

  summary(summary: RelationSummary) {
    return {
      ...summary,
      lastContact: summary.lastContact ? { ...summary.lastContact, occurredAt: summary.lastContact.occurredAt.toISOString() } : null,
    };
  }

  notification(notification: Notification) {
    return {
      id: notification.id,
      kind: notification.kind,
      title: notification.title,
      body: notification.body,
      link: notification.link,
      objectType: notification.objectType,
      objectId: notification.objectId,
      readAt: notification.readAt?.toISOString() ?? null,
      createdAt: notification.createdAt.toISOString(),
    };
  }

  notificationSettings(settings: NotificationSettings, mailEnabled: boolean) {
    return { email: settings.email, emailReminders: settings.emailReminders, mailEnabled, updatedAt: settings.updatedAt?.toISOString() ?? null };
  }

  private async names(refs: readonly ObjectRef[], staffIds: readonly (string | null)[]): Promise<Names> {
    const [links, staff] = await Promise.all([this.linkNames.of(refs), this.staff.namesOf(staffIds)]);
    return {
      link: (ref: ObjectRef) => ({ objectType: ref.objectType, objectId: ref.objectId, name: links.get(refKey(ref)) ?? null }),
      staff: (id: string) => ({ id, name: staff.get(id) ?? null }),
    };
  }
}

/** Name look-ups for one response. */
interface Names {
  link(ref: ObjectRef): { objectType: ObjectRef['objectType']; objectId: string; name: string | null };
  staff(id: string): { id: string; name: string | null };
}

function taskView(task: Task, today: string, names: Names) {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    status: task.status,
    assignee: task.assigneeId ? names.staff(task.assigneeId) : null,
    assigneeTeam: task.assigneeTeam,
    dueDate: task.dueDate,
    overdue: isOverdue(task, today),
    dueToday: isDueToday(task, today),
    relation: names.link(task.relation),
    contactMomentId: task.contactMomentId,
    regarding: task.regarding ? names.link(task.regarding) : null,
    createdBy: names.staff(task.createdBy),
    closedAt: task.closedAt?.toISOString() ?? null,
    version: task.version,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}

function timelineItemView(item: TimelineItem) {
  const base = { ...item, occurredAt: item.occurredAt.toISOString() };
  return item.kind === 'task' ? { ...base, closedAt: item.closedAt?.toISOString() ?? null } : base;
}
