import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, ValidQuery } from '@gemeente-crm/api-http';
import { type ConversionReport, GetConversionReport } from '@gemeente-crm/leads-core';
import type { z } from 'zod';
import { CONVERSION_READERS } from './conversion-roles.js';
import { ConversionQuerySchema, ConversionReportSchema } from './conversion.schemas.js';

@ApiTags('Leads')
@Controller('lead-conversion')
export class LeadConversionController {
  constructor(private readonly report: GetConversionReport) {}

  @Get()
  @Roles(...CONVERSION_READERS)
  @ApiOperation({
    summary: 'Conversion analysis of a pipeline: funnel per stage, conversion stage to stage and overall, average time in stage, win rate by source, owner and sector',
    description: 'The cohort is the leads created in the period (Dutch calendar days, both inclusive). A lead reached a stage when it ever entered that stage or a later one.',
  })
  @ApiResult(ConversionReportSchema)
  @ApiProblems(404, 422)
  async get(@ValidQuery(ConversionQuerySchema) query: z.output<typeof ConversionQuerySchema>) {
    return reportView(
      await this.report.execute({ pipelineId: query.pipelineId, from: query.from ?? null, to: query.to ?? null, ownerId: query.ownerId ?? null }),
    );
  }
}

function reportView(report: ConversionReport) {
  const { query, ...rest } = report;
  return { pipelineId: query.pipelineId, from: query.from, to: query.to, ownerId: query.ownerId, ...rest };
}
