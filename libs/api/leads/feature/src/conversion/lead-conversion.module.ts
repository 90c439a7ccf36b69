import { Module } from '@nestjs/common';
import { ConversionReader, LEAD_CONVERSION_USE_CASES, PipelineRepository } from '@gemeente-crm/leads-core';
import { TypeormPipelineRepository } from '../persistence/typeorm-pipeline-repository.js';
import { LeadConversionController } from './lead-conversion.controller.js';
import { SqlConversionReader } from './sql-conversion-reader.js';

/** Conversion analysis of the lead pipelines (R4, R8): SQL aggregates over leads and their stage history. */
@Module({
  controllers: [LeadConversionController],
  providers: [
    ...LEAD_CONVERSION_USE_CASES,
    { provide: ConversionReader, useClass: SqlConversionReader },
    { provide: PipelineRepository, useClass: TypeormPipelineRepository },
  ],
})
export class LeadConversionModule {}
