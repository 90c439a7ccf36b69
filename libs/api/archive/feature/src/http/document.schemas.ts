import { pageQueryShape, pageSchema, queryBoolean } from '@gemeente-crm/api-http';
import { DOCUMENT_OBJECT_TYPES, LINKABLE_DOCUMENT_OBJECT_TYPES } from '@gemeente-crm/archive-core';
import { z } from 'zod';

export const DocumentObjectTypeSchema = z
  .enum(DOCUMENT_OBJECT_TYPES)
  .meta({ id: 'DocumentObjectType', description: 'What a document is filed on; lead, quote, contract and complaint are reserved for domains still to come' });

export const DocumentLinkSchema = z.object({ objectType: DocumentObjectTypeSchema, objectId: z.uuid() }).meta({ id: 'DocumentLink' });

const StaffRef = z.object({ id: z.string(), name: z.string().nullable() });

export const DocumentSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    contentType: z.string().describe('Detected from the content, not taken from the client'),
    sizeBytes: z.number().int(),
    sha256: z.string().describe('Hex SHA-256 of the content'),
    description: z.string().nullable(),
    links: z.array(DocumentLinkSchema),
    uploadedBy: StaffRef,
    uploadedAt: z.iso.datetime(),
    archivedAt: z.iso.datetime().nullable(),
    archiveReason: z.string().nullable(),
    version: z.number().int(),
    downloadUrl: z.string().describe('GET it for the content (recorded in the audit trail)'),
  })
  .meta({ id: 'Document' });

export const DocumentSummarySchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    description: z.string().nullable(),
    uploadedBy: StaffRef,
    uploadedAt: z.iso.datetime(),
    archived: z.boolean(),
    version: z.number().int(),
    downloadUrl: z.string(),
  })
  .meta({ id: 'DocumentSummary' });

export const DocumentPageSchema = pageSchema(DocumentSummarySchema, 'DocumentPage');

export const DocumentQuerySchema = z
  .object({
    objectType: z.enum(LINKABLE_DOCUMENT_OBJECT_TYPES).describe('Type of the record whose documents to list'),
    objectId: z.uuid(),
    includeArchived: queryBoolean.optional(),
    ...pageQueryShape,
  })
  .strict();

export const DocumentArchiveSchema = z
  .object({ reason: z.string().trim().max(500).optional().describe('Required; recorded in the audit trail') })
  .strict()
  .meta({ id: 'DocumentArchiveInput' });
