import { Controller, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, Change, etag, IfMatchVersion, ValidBody, withReason } from '@gemeente-crm/api-http';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import {
  ChangeQuoteStatus,
  CreateQuote,
  CreateQuoteRevision,
  GenerateQuoteDocument,
  GetQuote,
  ListLeadQuotes,
  OpenQuoteDocument,
  type Quote,
  type QuoteAction,
  UpdateQuote,
} from '@gemeente-crm/leads-core';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { LEAD_EDITORS, LEAD_READERS } from '../../http/lead-roles.js';
import { UuidParam } from '../../http/uuid-param.js';
import {
  CreateQuoteSchema,
  GenerateQuoteDocumentSchema,
  QuoteDecisionSchema,
  QuoteDetailsSchema,
  QuoteDocumentSchema,
  QuoteListSchema,
  QuoteReasonSchema,
  UpdateQuoteSchema,
} from './quote.schemas.js';
import { attachmentDisposition, documentView, quoteDetailsView, quoteView } from './quote-views.js';

/** Quotes (offertes) on a lead: lines, statuses, versions and the generated Word and PDF documents. */
@ApiTags('Quotes')
@Controller('leads/:leadId/quotes')
export class QuotesController {
  constructor(
    private readonly createQuote: CreateQuote,
    private readonly updateQuote: UpdateQuote,
    private readonly createRevision: CreateQuoteRevision,
    private readonly changeStatus: ChangeQuoteStatus,
    private readonly getQuote: GetQuote,
    private readonly listQuotes: ListLeadQuotes,
    private readonly generateDocument: GenerateQuoteDocument,
    private readonly openDocument: OpenQuoteDocument,
  ) {}

  @Get()
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'The quotes of a lead, newest first, with their totals' })
  @ApiResult(QuoteListSchema)
  @ApiProblems(400)
  async list(@UuidParam('leadId') leadId: string) {
    return { items: (await this.listQuotes.execute(leadId)).map(quoteView) };
  }

  @Post()
  @HttpCode(201)
  @Roles(...LEAD_EDITORS)
  @ApiOperation({ summary: 'Create a concept quote with the next number of its year (OF-2026-0001), valid for 30 days unless given' })
  @ApiResult(QuoteDetailsSchema, 201, 'Created')
  @ApiProblems(400, 404, 422)
  async create(
    @UuidParam('leadId') leadId: string,
    @ValidBody(CreateQuoteSchema) body: z.output<typeof CreateQuoteSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...input } = body;
    const quote = await this.createQuote.execute(leadId, input, withReason(change, reason));
    void reply.header('location', `/api/v1/leads/${leadId}/quotes/${quote.id}`);
    return this.details(quote, reply);
  }

  @Get(':quoteId')
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'A quote with its sent versions and generated documents; the ETag carries its version for If-Match' })
  @ApiResult(QuoteDetailsSchema)
  @ApiProblems(400, 404)
  async get(@UuidParam('leadId') leadId: string, @UuidParam('quoteId') quoteId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const details = await this.getQuote.execute(leadId, quoteId);
    void reply.header('etag', etag(details.quote.version));
    return quoteDetailsView(details);
  }

  @Patch(':quoteId')
  @Roles(...LEAD_EDITORS)
  @ApiOperation({ summary: 'Change lines, dates or notes of a concept; on a sent or rejected quote this starts a new version; requires If-Match' })
  @ApiResult(QuoteDetailsSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async update(
    @UuidParam('leadId') leadId: string,
    @UuidParam('quoteId') quoteId: string,
    @IfMatchVersion() version: number,
    @ValidBody(UpdateQuoteSchema) body: z.output<typeof UpdateQuoteSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...input } = body;
    return this.details(await this.updateQuote.execute(leadId, quoteId, input, version, withReason(change, reason)), reply);
  }

  @Post(':quoteId/revisions')
  @HttpCode(200)
  @Roles(...LEAD_EDITORS)
  @ApiOperation({ summary: 'Start a new version (v2, v3...) of a sent or rejected quote, in concept; requires If-Match' })
  @ApiResult(QuoteDetailsSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async revise(
    @UuidParam('leadId') leadId: string,
    @UuidParam('quoteId') quoteId: string,
    @IfMatchVersion() version: number,
    @ValidBody(QuoteReasonSchema) body: z.output<typeof QuoteReasonSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.details(await this.createRevision.execute(leadId, quoteId, version, withReason(change, body.reason)), reply);
  }

  @Post(':quoteId/send')
  @HttpCode(200)
  @Roles(...LEAD_EDITORS)
  @ApiOperation({ summary: 'Mark the concept as sent: its content is frozen as this version; requires If-Match' })
  @ApiResult(QuoteDetailsSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async send(
    @UuidParam('leadId') leadId: string,
    @UuidParam('quoteId') quoteId: string,
    @IfMatchVersion() version: number,
    @ValidBody(QuoteReasonSchema) body: z.output<typeof QuoteReasonSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.move(leadId, quoteId, 'send', version, withReason(change, body.reason), undefined, reply);
  }

  @Post(':quoteId/accept')
  @HttpCode(200)
  @Roles(...LEAD_EDITORS)
  @ApiOperation({ summary: 'Record that the relation accepted the latest sent version; requires If-Match' })
  @ApiResult(QuoteDetailsSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async accept(
    @UuidParam('leadId') leadId: string,
    @UuidParam('quoteId') quoteId: string,
    @IfMatchVersion() version: number,
    @ValidBody(QuoteDecisionSchema) body: z.output<typeof QuoteDecisionSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.move(leadId, quoteId, 'accept', version, withReason(change, body.reason), body.revision, reply);
  }

  @Post(':quoteId/reject')
  @HttpCode(200)
  @Roles(...LEAD_EDITORS)
  @ApiOperation({ summary: 'Record that the relation rejected the latest sent version (reason required); requires If-Match' })
  @ApiResult(QuoteDetailsSchema)
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async reject(
    @UuidParam('leadId') leadId: string,
    @UuidParam('quoteId') quoteId: string,
    @IfMatchVersion() version: number,
    @ValidBody(QuoteDecisionSchema) body: z.output<typeof QuoteDecisionSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.move(leadId, quoteId, 'reject', version, withReason(change, body.reason), body.revision, reply);
  }

  @Post(':quoteId/documents')
  @HttpCode(201)
  @Roles(...LEAD_EDITORS)
  @ApiOperation({ summary: 'Generate the Word (docx) or PDF document of the current version and store it on the lead in the archive' })
  @ApiResult(QuoteDocumentSchema, 201, 'Created')
  @ApiProblems(400, 404, 422)
  async generate(
    @UuidParam('leadId') leadId: string,
    @UuidParam('quoteId') quoteId: string,
    @ValidBody(GenerateQuoteDocumentSchema) body: z.output<typeof GenerateQuoteDocumentSchema>,
    @Change() change: ChangeContext,
  ) {
    return documentView(await this.generateDocument.execute(leadId, quoteId, body.format, withReason(change, body.reason)));
  }

  @Get(':quoteId/documents/:documentId/content')
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'Download a generated document (as an attachment); recorded in the audit trail' })
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiProblems(400, 404)
  async content(
    @UuidParam('leadId') leadId: string,
    @UuidParam('quoteId') quoteId: string,
    @UuidParam('documentId') documentId: string,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const file = await this.openDocument.execute(leadId, quoteId, documentId, change);
    void reply
      .header('content-type', file.contentType)
      .header('content-length', String(file.content.length))
      .header('content-disposition', attachmentDisposition(file.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store');
    return Buffer.from(file.content);
  }

  private async move(
    leadId: string,
    quoteId: string,
    action: QuoteAction,
    version: number,
    change: ChangeContext,
    revision: number | undefined,
    reply: FastifyReply,
  ) {
    return this.details(await this.changeStatus.execute(leadId, quoteId, action, version, change, revision), reply);
  }

  private async details(quote: Quote, reply: FastifyReply) {
    void reply.header('etag', etag(quote.version));
    return quoteDetailsView(await this.getQuote.execute(quote.leadId, quote.id));
  }
}
