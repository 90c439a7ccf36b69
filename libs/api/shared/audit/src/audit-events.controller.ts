import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, ValidQuery } from '@gemeente-crm/api-http';
import type { z } from 'zod';
import { AuditEventPageSchema, AuditEventQuerySchema, ChainVerificationSchema } from './audit-event.schemas.js';
import type { AuditEventView, ChainVerification } from './audit-event-query.js';
import { AuditTrail } from './audit-trail.js';
import type { Page } from '@gemeente-crm/api-kernel';

@ApiTags('Audit trail')
@Controller('audit-events')
@Roles('auditor', 'functioneel-beheerder')
export class AuditEventsController {
  constructor(private readonly trail: AuditTrail) {}

  @Get()
  @ApiOperation({ summary: 'Search the audit trail by object, actor, action and period' })
  @ApiResult(AuditEventPageSchema)
  @ApiProblems(422)
  find(@ValidQuery(AuditEventQuerySchema) query: z.output<typeof AuditEventQuerySchema>): Promise<Page<AuditEventView>> {
    return this.trail.find({ ...query, from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined });
  }

  @Get('verify')
  @ApiOperation({ summary: 'Verify the hash chain and report the first broken link, if any' })
  @ApiResult(ChainVerificationSchema)
  @ApiProblems()
  verify(): Promise<ChainVerification> {
    return this.trail.verify();
  }
}
