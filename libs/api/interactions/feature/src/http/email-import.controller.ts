import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiFileUpload, ApiProblems, ApiResult, Change, readUpload, type UploadedFile } from '@gemeente-crm/api-http';
import { type ChangeContext, ConflictError, DomainError, ValidationError } from '@gemeente-crm/api-kernel';
import { GetDocument } from '@gemeente-crm/archive-core';
import { GetContactMomentEmail, ImportEmail, type ImportedEmail, type RelationRef } from '@gemeente-crm/interactions-core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ContactMomentEmailSchema, type EmailImportResultSchema, EmailImportResponseSchema } from './email.schemas.js';
import { INTERACTION_EDITORS, INTERACTION_READERS } from './interaction-roles.js';
import { UuidParam } from './uuid-param.js';

type EmailImportResult = z.output<typeof EmailImportResultSchema>;

/** At most this many messages per upload; each is imported on its own. */
const MAX_FILES_PER_UPLOAD = 20;

const UPLOAD_DESCRIPTION = 'One or more e-mail files (.eml or Outlook .msg) under `file`';

/**
 * E-mail dropped on a relation becomes a contact moment. One file: 201, or the problem (409
 * `email-already-imported` with the existing contact moment, 422 when refused). Several files:
 * 200 with a result per file, each imported (or not) on its own.
 */
@ApiTags('Contact moments')
@Controller()
export class EmailImportController {
  constructor(
    private readonly importEmail: ImportEmail,
    private readonly getContactMomentEmail: GetContactMomentEmail,
    private readonly getDocument: GetDocument,
  ) {}

  @Post('organisations/:id/emails')
  @Roles(...INTERACTION_EDITORS)
  @HttpCode(201)
  @ApiOperation({ summary: 'Add e-mails (.eml, .msg) to an organisation: each becomes a contact moment with its attachments as documents' })
  @ApiFileUpload(UPLOAD_DESCRIPTION)
  @ApiResult(EmailImportResponseSchema, 201, 'Imported (one file), or a result per file (several)')
  @ApiProblems(400, 404, 409, 413, 415, 422)
  organisation(@UuidParam('id') id: string, @Req() request: FastifyRequest, @Change() change: ChangeContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.import({ objectType: 'organisation', objectId: id }, request, change, reply);
  }

  @Post('persons/:id/emails')
  @Roles(...INTERACTION_EDITORS)
  @HttpCode(201)
  @ApiOperation({ summary: 'Add e-mails (.eml, .msg) to a person: each becomes a contact moment with its attachments as documents' })
  @ApiFileUpload(UPLOAD_DESCRIPTION)
  @ApiResult(EmailImportResponseSchema, 201, 'Imported (one file), or a result per file (several)')
  @ApiProblems(400, 404, 409, 413, 415, 422)
  person(@UuidParam('id') id: string, @Req() request: FastifyRequest, @Change() change: ChangeContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.import({ objectType: 'person', objectId: id }, request, change, reply);
  }

  @Get('contact-moments/:id/email')
  @Roles(...INTERACTION_READERS)
  @ApiOperation({ summary: 'The e-mail a contact moment was imported from: sender, recipients, Message-ID, the original file and attachments' })
  @ApiResult(ContactMomentEmailSchema)
  @ApiProblems(400, 404)
  async email(@UuidParam('id') id: string) {
    const record = await this.getContactMomentEmail.execute(id);
    const attachments = await Promise.all(record.attachmentDocumentIds.map((documentId) => this.getDocument.execute(documentId)));
    return {
      contactMomentId: record.contactMomentId,
      relation: { objectType: record.relationType, objectId: record.relationId },
      messageId: record.messageId,
      from: record.from,
      to: record.to,
      cc: record.cc,
      sentAt: record.sentAt.toISOString(),
      original: record.originalDocumentId ? { id: record.originalDocumentId, downloadUrl: `/api/v1/documents/${record.originalDocumentId}/content` } : null,
      attachments: attachments
        .filter((document) => !document.archivedAt)
        .map((document) => ({ id: document.id, fileName: document.fileName, sizeBytes: document.sizeBytes, downloadUrl: `/api/v1/documents/${document.id}/content` })),
    };
  }

  private async import(relation: RelationRef, request: FastifyRequest, change: ChangeContext, reply: FastifyReply) {
    const upload = await readUpload(request, { maxFiles: MAX_FILES_PER_UPLOAD });
    if (upload.files.length === 1) {
      // One file: the outcome is the response (a duplicate or refusal is the problem document).
      const imported = await this.importEmail.execute({ relation, fileName: upload.files[0]!.fileName, data: upload.files[0]!.data }, change);
      void reply.header('location', `/api/v1/contact-moments/${imported.contactMoment.id}`);
      return { results: [created(upload.files[0]!, imported)] };
    }
    const results: EmailImportResult[] = [];
    // One at a time, each in its own transaction: a refused message leaves the others standing.
    for (const file of upload.files) results.push(await this.importOne(relation, file, change));
    void reply.status(200);
    return { results };
  }

  private async importOne(relation: RelationRef, file: UploadedFile, change: ChangeContext): Promise<EmailImportResult> {
    try {
      return created(file, await this.importEmail.execute({ relation, fileName: file.fileName, data: file.data }, change));
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind === 'not-found') throw error;
      const duplicate = error instanceof ConflictError && error.code === 'email-already-imported';
      const reason = error instanceof ValidationError ? error.errors[0] : undefined;
      return {
        fileName: file.fileName,
        status: duplicate ? 'duplicate' : 'refused',
        contactMomentId: duplicate ? (error.extras['contactMomentId'] as string) : null,
        subject: null,
        attachments: [],
        skippedAttachments: [],
        code: reason?.code ?? error.code,
        detail: reason?.message ?? error.message,
      };
    }
  }
}

function created(file: UploadedFile, imported: ImportedEmail): EmailImportResult {
  return {
    fileName: file.fileName,
    status: 'created',
    contactMomentId: imported.contactMoment.id,
    subject: imported.contactMoment.subject,
    attachments: imported.attachments.map((document) => ({ id: document.id, fileName: document.fileName })),
    skippedAttachments: imported.skippedAttachments,
    code: null,
    detail: null,
  };
}
