import { LINK_OBJECT_TYPES, RELATION_OBJECT_TYPES } from '@gemeente-crm/interactions-core';
import { z } from 'zod';

export const text = (max: number) => z.string().trim().max(max);
export const optionalText = (max: number) => text(max).nullable().optional();

export const reasonField = { reason: text(500).optional().describe('Why; recorded in the audit trail (alternative to X-Reason)') };

export const ReasonBodySchema = z
  .object({ reason: text(500).optional().describe('Required by the action; recorded in the audit trail') })
  .strict()
  .meta({ id: 'InteractionReasonInput' });

export const LinkObjectTypeSchema = z
  .enum(LINK_OBJECT_TYPES)
  .meta({ id: 'LinkObjectType', description: 'What a link points at; contract and complaint are reserved for domains still to come' });

export const RelationObjectTypeSchema = z.enum(RELATION_OBJECT_TYPES).meta({ id: 'RelationObjectType' });

export const LinkInputSchema = z.object({ objectType: LinkObjectTypeSchema, objectId: z.uuid() }).strict().meta({ id: 'LinkInput' });

export const RelationRefInputSchema = z.object({ objectType: RelationObjectTypeSchema, objectId: z.uuid() }).strict().meta({ id: 'RelationRefInput' });

export const LinkSchema = z
  .object({ objectType: LinkObjectTypeSchema, objectId: z.uuid(), name: z.string().nullable().describe('Name of the linked record, if it still exists') })
  .meta({ id: 'Link' });

export const StaffRefSchema = z.object({ id: z.string(), name: z.string().nullable() }).meta({ id: 'StaffRef' });

/** `me` stands for the caller, so the SPA need not know its own user id. */
export const staffIdParam = z.string().trim().min(1).max(200).describe('A staff user id (see GET /users), or `me`');

/** `a,b,c` in a query string, each checked against `values`. */
export function commaList<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .max(200)
    .transform((raw) => raw.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));
}
