import { Controller, Get, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, Change, etag, IfMatchVersion, ValidBody, ValidQuery, withReason } from '@gemeente-crm/api-http';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import { AddLeadOption, type LeadOption, type LeadOptionKind, ListLeadOptions, UpdateLeadOption } from '@gemeente-crm/leads-core';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { LEAD_CONFIGURATORS, LEAD_READERS } from './lead-roles.js';
import { optionView } from './lead-views.js';
import { AddLeadOptionSchema, LeadOptionListSchema, LeadOptionQuerySchema, LeadOptionSchema, UpdateLeadOptionSchema } from './pipeline.schemas.js';

type OptionQuery = z.output<typeof LeadOptionQuerySchema>;
type AddBody = z.output<typeof AddLeadOptionSchema>;
type UpdateBody = z.output<typeof UpdateLeadOptionSchema>;

/** The two configurable lists, each under its own path: lead sources and lost reasons. */
@ApiTags('Leads')
@Controller()
export class LeadOptionsController {
  constructor(
    private readonly listOptions: ListLeadOptions,
    private readonly addOption: AddLeadOption,
    private readonly updateOption: UpdateLeadOption,
  ) {}

  @Get('lead-sources')
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'Where leads come from (beurs, website...); active ones unless includeInactive=true' })
  @ApiResult(LeadOptionListSchema)
  async sources(@ValidQuery(LeadOptionQuerySchema) query: OptionQuery) {
    return this.list('source', query);
  }

  @Post('lead-sources')
  @HttpCode(201)
  @Roles(...LEAD_CONFIGURATORS)
  @ApiOperation({ summary: 'Add a lead source' })
  @ApiResult(LeadOptionSchema, 201, 'Created')
  @ApiProblems(409, 422)
  async addSource(@ValidBody(AddLeadOptionSchema) body: AddBody, @Change() change: ChangeContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.add('source', body, change, reply);
  }

  @Patch('lead-sources/:code')
  @Roles(...LEAD_CONFIGURATORS)
  @ApiOperation({ summary: 'Rename or (de)activate a lead source; requires If-Match' })
  @ApiResult(LeadOptionSchema)
  @ApiProblems(404, 412, 422, 428)
  async updateSource(
    @Param('code') code: string,
    @IfMatchVersion() version: number,
    @ValidBody(UpdateLeadOptionSchema) body: UpdateBody,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.update('source', code, version, body, change, reply);
  }

  @Get('lead-lost-reasons')
  @Roles(...LEAD_READERS)
  @ApiOperation({ summary: 'Why leads are lost; active ones unless includeInactive=true' })
  @ApiResult(LeadOptionListSchema)
  async lostReasons(@ValidQuery(LeadOptionQuerySchema) query: OptionQuery) {
    return this.list('lost-reason', query);
  }

  @Post('lead-lost-reasons')
  @HttpCode(201)
  @Roles(...LEAD_CONFIGURATORS)
  @ApiOperation({ summary: 'Add a lost reason' })
  @ApiResult(LeadOptionSchema, 201, 'Created')
  @ApiProblems(409, 422)
  async addLostReason(@ValidBody(AddLeadOptionSchema) body: AddBody, @Change() change: ChangeContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.add('lost-reason', body, change, reply);
  }

  @Patch('lead-lost-reasons/:code')
  @Roles(...LEAD_CONFIGURATORS)
  @ApiOperation({ summary: 'Rename or (de)activate a lost reason; requires If-Match' })
  @ApiResult(LeadOptionSchema)
  @ApiProblems(404, 412, 422, 428)
  async updateLostReason(
    @Param('code') code: string,
    @IfMatchVersion() version: number,
    @ValidBody(UpdateLeadOptionSchema) body: UpdateBody,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.update('lost-reason', code, version, body, change, reply);
  }

  private async list(kind: LeadOptionKind, query: OptionQuery) {
    return { items: (await this.listOptions.execute(kind, query.includeInactive ?? false)).map(optionView) };
  }

  private async add(kind: LeadOptionKind, body: AddBody, change: ChangeContext, reply: FastifyReply) {
    const { reason, ...input } = body;
    return this.view(await this.addOption.execute(kind, input, withReason(change, reason)), reply);
  }

  private async update(kind: LeadOptionKind, code: string, version: number, body: UpdateBody, change: ChangeContext, reply: FastifyReply) {
    const { reason, ...patch } = body;
    return this.view(await this.updateOption.execute(kind, code.toLowerCase(), patch, version, withReason(change, reason)), reply);
  }

  private view(option: LeadOption, reply: FastifyReply) {
    void reply.header('etag', etag(option.version));
    return optionView(option);
  }
}
