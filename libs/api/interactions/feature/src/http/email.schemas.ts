import { z } from 'zod';

const EmailAddressSchema = z.object({ address: z.string(), name: z.string().nullable() });

export const ContactMomentEmailSchema = z
  .object({
    contactMomentId: z.uuid(),
    relation: z.object({ objectType: z.string(), objectId: z.uuid() }).describe('The relation the e-mail was imported on'),
    messageId: z.string().nullable(),
    from: EmailAddressSchema,
    to: z.array(EmailAddressSchema),
    cc: z.array(EmailAddressSchema),
    sentAt: z.iso.datetime(),
    original: z.object({ id: z.uuid(), downloadUrl: z.string() }).nullable().describe('The .eml or .msg file itself'),
    attachments: z.array(z.object({ id: z.uuid(), fileName: z.string(), sizeBytes: z.number().int(), downloadUrl: z.string() })),
  })
  .meta({ id: 'ContactMomentEmail' });

export const EmailImportResultSchema = z
  .object({
    fileName: z.string(),
    status: z.enum(['created', 'duplicate', 'refused']),
    contactMomentId: z.uuid().nullable().describe('The new contact moment, or (duplicate) the existing one'),
    subject: z.string().nullable(),
    attachments: z.array(z.object({ id: z.uuid(), fileName: z.string() })),
    skippedAttachments: z.array(z.object({ fileName: z.string(), code: z.string(), message: z.string() })).describe('Attachments not kept, and why'),
    code: z.string().nullable().describe('Why it was not imported (duplicate or refused)'),
    detail: z.string().nullable(),
  })
  .meta({ id: 'EmailImportResult' });

export const EmailImportResponseSchema = z.object({ results: z.array(EmailImportResultSchema) }).meta({ id: 'EmailImportResponse' });
