import { pageQueryShape, pageSchema, queryBoolean } from '@gemeente-crm/api-http';
import { CONTACT_CHANNELS, CONTACT_DIRECTIONS, MAX_LINKS, MAX_PARTICIPANTS, MAX_SUBJECT_LENGTH } from '@gemeente-crm/interactions-core';
import { z } from 'zod';
import { LinkInputSchema, LinkSchema, reasonField, StaffRefSchema, staffIdParam, text } from './common.schemas.js';

export const ContactChannelSchema = z.enum(CONTACT_CHANNELS).meta({ id: 'ContactChannel' });
export const ContactDirectionSchema = z.enum(CONTACT_DIRECTIONS).meta({ id: 'ContactDirection' });

const NOTES_DESCRIPTION =
  'Rich text (HTML). Sanitised before it is stored: p, br, strong/b, em/i, u, s, ul/ol/li, blockquote, h3/h4 and a[href] ' +
  '(http, https, mailto, tel) are kept, everything else is removed. Plain text is accepted too.';

const contactMomentFields = {
  channel: ContactChannelSchema,
  direction: ContactDirectionSchema,
  occurredAt: z.iso.datetime({ offset: true }).optional().describe('When the contact took place (ISO 8601); default now; not in the future'),
  subject: text(MAX_SUBJECT_LENGTH).min(1),
  notes: z.string().max(200_000).nullable().optional().describe(NOTES_DESCRIPTION),
  links: z.array(LinkInputSchema).min(1).max(MAX_LINKS).describe('What the contact was about: at least one organisation or person'),
  participantIds: z.array(text(200)).max(MAX_PARTICIPANTS).optional().describe('Staff user ids of the employees who took part (see GET /users); default: you'),
};

export const CreateContactMomentSchema = z
  .object({ ...contactMomentFields, ...reasonField })
  .strict()
  .meta({ id: 'CreateContactMoment' });

export const UpdateContactMomentSchema = z
  .object({
    channel: contactMomentFields.channel.optional(),
    direction: contactMomentFields.direction.optional(),
    occurredAt: z.iso.datetime({ offset: true }).optional().describe('When the contact took place (ISO 8601)'),
    subject: contactMomentFields.subject.optional(),
    notes: contactMomentFields.notes,
    links: contactMomentFields.links.optional().describe('Replaces all links'),
    participantIds: contactMomentFields.participantIds.describe('Replaces all participants'),
    ...reasonField,
  })
  .strict()
  .meta({ id: 'UpdateContactMoment', description: 'Only the fields present are changed' });

export const ContactMomentSchema = z
  .object({
    id: z.uuid(),
    channel: ContactChannelSchema,
    direction: ContactDirectionSchema,
    occurredAt: z.iso.datetime(),
    subject: z.string(),
    notesHtml: z.string().nullable().describe('Sanitised; safe to render as HTML'),
    notesText: z.string().nullable(),
    links: z.array(LinkSchema),
    participants: z.array(StaffRefSchema),
    createdBy: StaffRefSchema,
    archivedAt: z.iso.datetime().nullable(),
    archiveReason: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ContactMoment' });

export const ContactMomentSummarySchema = z
  .object({
    id: z.uuid(),
    channel: ContactChannelSchema,
    direction: ContactDirectionSchema,
    occurredAt: z.iso.datetime(),
    subject: z.string(),
    notesExcerpt: z.string().nullable(),
    links: z.array(LinkSchema),
    participants: z.array(StaffRefSchema),
    archived: z.boolean(),
  })
  .meta({ id: 'ContactMomentSummary' });

export const ContactMomentPageSchema = pageSchema(ContactMomentSummarySchema, 'ContactMomentPage');

export const ContactMomentQuerySchema = z
  .object({
    organisationId: z.uuid().optional().describe('Only contact moments about this organisation'),
    personId: z.uuid().optional().describe('Only contact moments about this person'),
    leadId: z.uuid().optional().describe('Only contact moments about this lead'),
    channel: ContactChannelSchema.optional(),
    direction: ContactDirectionSchema.optional(),
    participantId: staffIdParam.optional().describe('Only contact moments this employee took part in; `me` for yourself'),
    from: z.iso.datetime({ offset: true }).optional().describe('Occurred at or after (ISO 8601)'),
    to: z.iso.datetime({ offset: true }).optional().describe('Occurred before (ISO 8601)'),
    q: z.string().trim().max(200).optional().describe('Full-text search (Dutch) in subject and notes'),
    includeArchived: queryBoolean.optional(),
    ...pageQueryShape,
  })
  .strict();
