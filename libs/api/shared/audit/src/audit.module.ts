import { Global, Module } from '@nestjs/common';
import { AuditLog, Clock, SystemClock } from '@gemeente-crm/api-kernel';
import { AuditEventsController } from './audit-events.controller.js';
import { AuditTrail } from './audit-trail.js';
import { PostgresAuditLog } from './postgres-audit-log.js';

/** The audit trail, and the clock that stamps it and every other record (one source of time). */
@Global()
@Module({
  controllers: [AuditEventsController],
  providers: [AuditTrail, { provide: AuditLog, useClass: PostgresAuditLog }, { provide: Clock, useClass: SystemClock }],
  exports: [AuditTrail, AuditLog, Clock],
})
export class AuditModule {}
