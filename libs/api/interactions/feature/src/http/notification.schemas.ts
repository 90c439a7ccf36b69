import { pageQueryShape, queryBoolean } from '@gemeente-crm/api-http';
import { NOTIFICATION_KINDS } from '@gemeente-crm/interactions-core';
import { z } from 'zod';

export const NotificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(NOTIFICATION_KINDS),
    title: z.string(),
    body: z.string().nullable(),
    link: z.string().nullable().describe('API path of what it is about, e.g. /api/v1/tasks/{id}'),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    readAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Notification' });

export const NotificationPageSchema = z
  .object({
    items: z.array(NotificationSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    unread: z.number().int().describe('Unread notifications over all pages'),
  })
  .meta({ id: 'NotificationPage' });

export const NotificationQuerySchema = z.object({ unreadOnly: queryBoolean.optional(), ...pageQueryShape }).strict();

export const NotificationSettingsSchema = z
  .object({
    email: z.string().nullable(),
    emailReminders: z.boolean(),
    mailEnabled: z.boolean().describe('Whether this installation sends e-mail at all (SMTP_URL set)'),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'NotificationSettings' });

export const UpdateNotificationSettingsSchema = z
  .object({
    email: z.string().trim().max(254).nullable().optional().describe('Where e-mail reminders go'),
    emailReminders: z.boolean().optional().describe('Also send task reminders by e-mail (needs an address)'),
  })
  .strict()
  .meta({ id: 'UpdateNotificationSettings' });
