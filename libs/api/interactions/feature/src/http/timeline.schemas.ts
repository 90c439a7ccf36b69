import { pageQueryShape } from '@gemeente-crm/api-http';
import { TIMELINE_KINDS } from '@gemeente-crm/interactions-core';
import { z } from 'zod';
import { commaList, RelationObjectTypeSchema } from './common.schemas.js';
import { ContactChannelSchema, ContactDirectionSchema } from './contact-moment.schemas.js';
import { TaskStatusSchema } from './task.schemas.js';

export const TimelineQuerySchema = z
  .object({
    kinds: commaList(TIMELINE_KINDS).optional().describe('Comma-separated kinds to show, e.g. `contact-moment,task`; all when left out'),
    from: z.iso.datetime({ offset: true }).optional().describe('At or after (ISO 8601)'),
    to: z.iso.datetime({ offset: true }).optional().describe('Before (ISO 8601)'),
    ...pageQueryShape,
  })
  .strict();

const itemBase = {
  id: z.string().describe('Id of the contact moment, task or audit event'),
  occurredAt: z.iso.datetime(),
  title: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
};

const ContactMomentItemSchema = z
  .object({
    kind: z.literal('contact-moment'),
    ...itemBase,
    channel: ContactChannelSchema,
    direction: ContactDirectionSchema,
    notesExcerpt: z.string().nullable(),
  })
  .meta({ id: 'TimelineContactMoment' });

const EmailAddressViewSchema = z.object({ address: z.string(), name: z.string().nullable() }).meta({ id: 'EmailAddress' });

const EmailItemSchema = z
  .object({
    kind: z.literal('email'),
    ...itemBase,
    direction: ContactDirectionSchema,
    from: EmailAddressViewSchema,
    to: z.array(EmailAddressViewSchema),
    notesExcerpt: z.string().nullable(),
    attachments: z
      .array(z.object({ id: z.uuid(), fileName: z.string(), sizeBytes: z.number().int() }))
      .describe('Download each at /api/v1/documents/{id}/content'),
  })
  .meta({ id: 'TimelineEmail', description: 'A contact moment imported from an e-mail; id is the contact moment’s' });

const DocumentItemSchema = z
  .object({
    kind: z.literal('document'),
    ...itemBase,
    contentType: z.string(),
    sizeBytes: z.number().int(),
    description: z.string().nullable(),
  })
  .meta({ id: 'TimelineDocument', description: 'A document filed on the relation; title is its file name, id the document’s' });

const TaskItemSchema = z
  .object({
    kind: z.literal('task'),
    ...itemBase,
    status: TaskStatusSchema,
    dueDate: z.iso.date().nullable(),
    assigneeId: z.string().nullable(),
    assigneeTeam: z.string().nullable(),
    closedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'TimelineTask', description: 'A task, at the moment it was created' });

const ChangeItemSchema = z
  .object({
    kind: z.literal('change'),
    ...itemBase,
    action: z.string(),
    changedFields: z.array(z.string()),
    reason: z.string().nullable(),
  })
  .meta({ id: 'TimelineChange', description: 'A change to the relation itself, from the audit trail' });

export const TimelineItemSchema = z.discriminatedUnion('kind', [ContactMomentItemSchema, EmailItemSchema, TaskItemSchema, DocumentItemSchema, ChangeItemSchema]).meta({ id: 'TimelineItem' });

export const TimelinePageSchema = z
  .object({
    items: z.array(TimelineItemSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().describe('Items of the requested kinds over all pages'),
    totalIsExact: z.boolean().describe('false when a kind has 10 000 items or more: counts stop there'),
    counts: z
      .object({ contactMoment: z.number().int(), email: z.number().int(), task: z.number().int(), document: z.number().int(), change: z.number().int() })
      .describe('Items per kind in the period, whichever kinds are shown; at most 10 000 each'),
  })
  .meta({ id: 'TimelinePage' });

export const RelationSummarySchema = z
  .object({
    relation: z.object({ objectType: RelationObjectTypeSchema, objectId: z.uuid(), name: z.string(), archived: z.boolean() }),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    status: z.string().nullable().describe('Relation status (organisations)'),
    openTasks: z.number().int().describe('Tasks still to do (open or bezig)'),
    overdueTasks: z.number().int(),
    lastContact: z
      .object({ id: z.uuid(), occurredAt: z.iso.datetime(), channel: ContactChannelSchema, direction: ContactDirectionSchema, subject: z.string() })
      .nullable(),
  })
  .meta({ id: 'RelationSummary' });
