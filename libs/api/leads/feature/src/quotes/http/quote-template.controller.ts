import { Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiFileUpload, ApiProblems, ApiResult, Change, readUpload, ValidBody, withReason } from '@gemeente-crm/api-http';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import { GetQuoteTemplate, MAX_TEMPLATE_BYTES, ReplaceQuoteTemplate } from '@gemeente-crm/leads-core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { LEAD_CONFIGURATORS } from '../../http/lead-roles.js';
import { QuoteReasonSchema, QuoteTemplateSchema } from './quote.schemas.js';
import { attachmentDisposition, templateView } from './quote-views.js';

/** The Word template quotes are generated from: functional administrators replace it or go back to the default. */
@ApiTags('Quotes')
@Controller('quote-template')
export class QuoteTemplateController {
  constructor(
    private readonly getTemplate: GetQuoteTemplate,
    private readonly replaceTemplate: ReplaceQuoteTemplate,
  ) {}

  @Get()
  @Roles(...LEAD_CONFIGURATORS)
  @ApiOperation({ summary: 'The template in use (uploaded or the default) and the merge fields a template may use' })
  @ApiResult(QuoteTemplateSchema)
  async get() {
    return templateView(await this.getTemplate.execute());
  }

  @Get('content')
  @Roles(...LEAD_CONFIGURATORS)
  @ApiOperation({ summary: 'Download the template in use (.docx), e.g. as the starting point for your own' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  async content(@Res({ passthrough: true }) reply: FastifyReply) {
    const template = await this.getTemplate.execute();
    void reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', attachmentDisposition(template.fileName))
      .header('cache-control', 'private, no-store');
    return Buffer.from(template.content);
  }

  @Put()
  @Roles(...LEAD_CONFIGURATORS)
  @ApiFileUpload('A Word document (.docx) with merge fields such as {offertenummer} and a {#regels}…{/regels} loop', {
    reason: 'Why; recorded in the audit trail',
  })
  @ApiOperation({ summary: 'Replace the quote template; refused (422) when it is not a .docx, does not compile or uses unknown merge fields' })
  @ApiResult(QuoteTemplateSchema)
  @ApiProblems(413, 415, 422)
  async upload(@Req() request: FastifyRequest, @Change() change: ChangeContext) {
    const { files, fields } = await readUpload(request, { maxFiles: 1, maxFileBytes: MAX_TEMPLATE_BYTES });
    const file = files[0]!;
    await this.replaceTemplate.execute({ fileName: file.fileName, content: new Uint8Array(file.data) }, withReason(change, fields['reason']));
    return templateView(await this.getTemplate.execute());
  }

  @Post('reset')
  @HttpCode(200)
  @Roles(...LEAD_CONFIGURATORS)
  @ApiOperation({ summary: 'Go back to the default template (a new, audited template version)' })
  @ApiResult(QuoteTemplateSchema)
  @ApiProblems(422)
  async reset(@ValidBody(QuoteReasonSchema) body: z.output<typeof QuoteReasonSchema>, @Change() change: ChangeContext) {
    await this.replaceTemplate.execute(null, withReason(change, body.reason));
    return templateView(await this.getTemplate.execute());
  }
}
