import { pageQueryShape, pageSchema } from '@gemeente-crm/api-http';
import { z } from 'zod';

export const AuditEventQuerySchema = z
  .object({
    objectType: z.string().max(64).optional(),
    objectId: z.string().max(64).optional(),
    actorId: z.string().max(200).optional(),
    action: z.string().max(32).optional(),
    from: z.iso.datetime({ offset: true }).optional().describe('Inclusive start (ISO 8601)'),
    to: z.iso.datetime({ offset: true }).optional().describe('Exclusive end (ISO 8601)'),
    ...pageQueryShape,
  })
  .strict();

export const FieldChangeSchema = z.object({ old: z.unknown(), new: z.unknown() }).meta({ id: 'FieldChange' });

export const AuditEventSchema = z
  .object({
    id: z.string(),
    occurredAt: z.iso.datetime(),
    actorId: z.string(),
    actorName: z.string(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string(),
    changes: z.record(z.string(), FieldChangeSchema),
    reason: z.string().nullable(),
    requestId: z.string().nullable(),
    client: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });

export const AuditEventPageSchema = pageSchema(AuditEventSchema, 'AuditEventPage');

export const ChainVerificationSchema = z
  .object({
    valid: z.boolean(),
    checked: z.number().int(),
    firstBroken: z.object({ id: z.string(), problem: z.enum(['hash-mismatch', 'broken-link']) }).nullable(),
  })
  .meta({ id: 'ChainVerification' });
