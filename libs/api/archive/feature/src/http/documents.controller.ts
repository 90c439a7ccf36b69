import { Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiFileUpload, ApiProblems, ApiResult, Change, etag, OptionalIfMatchVersion, readUpload, ValidBody, ValidQuery, withReason } from '@gemeente-crm/api-http';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import { ArchiveDocument, type Document, DownloadDocument, GetDocument, ListDocuments, StoreDocument } from '@gemeente-crm/archive-core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ARCHIVE_OPTIONS, type ArchiveModuleOptions } from '../archive-options.js';
import { attachmentDisposition } from './content-disposition.js';
import { DOCUMENT_EDITORS, DOCUMENT_READERS } from './document-roles.js';
import { DocumentArchiveSchema, DocumentPageSchema, DocumentQuerySchema, DocumentSchema } from './document.schemas.js';
import { DocumentViews } from './document-views.js';
import { UuidParam } from './uuid-param.js';

@ApiTags('Documents')
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly storeDocument: StoreDocument,
    private readonly getDocument: GetDocument,
    private readonly listDocuments: ListDocuments,
    private readonly downloadDocument: DownloadDocument,
    private readonly archiveDocument: ArchiveDocument,
    private readonly views: DocumentViews,
    @Inject(ARCHIVE_OPTIONS) private readonly options: ArchiveModuleOptions,
  ) {}

  @Get()
  @Roles(...DOCUMENT_READERS)
  @ApiOperation({ summary: 'The documents filed on an organisation, person or contact moment, newest first' })
  @ApiResult(DocumentPageSchema)
  @ApiProblems(422)
  async list(@ValidQuery(DocumentQuerySchema) query: z.output<typeof DocumentQuerySchema>) {
    const { objectType, objectId, ...rest } = query;
    return this.views.page(await this.listDocuments.execute({ linkedTo: { objectType, objectId }, ...rest }));
  }

  @Post()
  @HttpCode(201)
  @Roles(...DOCUMENT_EDITORS)
  @ApiOperation({
    summary:
      'File a document on an organisation, person or contact moment. The type is detected from the content: PDF, PNG, JPEG, GIF, ' +
      'Word, Excel, PowerPoint (also the old formats), Outlook .msg, .eml, text and CSV; programs, scripts, HTML and SVG are refused.',
  })
  @ApiFileUpload('One file under `file`', {
    objectType: 'organisation, person or contact-moment',
    objectId: 'Id of the record to file the document on',
    description: 'Optional description',
    reason: 'Optional; recorded in the audit trail',
  })
  @ApiResult(DocumentSchema, 201, 'Created')
  @ApiProblems(413, 415, 422)
  async upload(@Req() request: FastifyRequest, @Change() change: ChangeContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const upload = await readUpload(request, { maxFiles: 1, maxFileBytes: this.options.maxDocumentBytes });
    const file = upload.files[0]!;
    const { objectType = '', objectId = '', description, reason } = upload.fields;
    const document = await this.storeDocument.execute(
      { fileName: file.fileName, data: file.data, description: description ?? null, links: [{ objectType, objectId }] },
      withReason(change, reason),
    );
    void reply.header('location', `/api/v1/documents/${document.id}`);
    return this.view(document, reply);
  }

  @Get(':id')
  @Roles(...DOCUMENT_READERS)
  @ApiOperation({ summary: 'A document’s metadata; the ETag header carries its version' })
  @ApiResult(DocumentSchema)
  @ApiProblems(400, 404)
  async get(@UuidParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.view(await this.getDocument.execute(id), reply);
  }

  @Get(':id/content')
  @Roles(...DOCUMENT_READERS)
  @ApiOperation({ summary: 'Download a document (always as an attachment); every download is recorded in the audit trail' })
  @ApiProduces('application/octet-stream')
  @ApiProblems(400, 404)
  async content(@UuidParam('id') id: string, @Change() change: ChangeContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const { document, data } = await this.downloadDocument.execute(id, change);
    void reply
      .header('content-type', document.contentType)
      .header('content-length', String(data.length))
      .header('content-disposition', attachmentDisposition(document.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store');
    return data;
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(...DOCUMENT_EDITORS)
  @ApiOperation({ summary: 'Withdraw a document (no hard delete); requires a reason. If-Match is optional.' })
  @ApiResult(DocumentSchema)
  @ApiProblems(400, 404, 409, 412, 422)
  async archive(
    @UuidParam('id') id: string,
    @OptionalIfMatchVersion() version: number | null,
    @ValidBody(DocumentArchiveSchema) body: z.output<typeof DocumentArchiveSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.view(await this.archiveDocument.execute(id, version, withReason(change, body.reason)), reply);
  }

  private view(document: Document, reply: FastifyReply) {
    void reply.header('etag', etag(document.version));
    return this.views.document(document);
  }
}
