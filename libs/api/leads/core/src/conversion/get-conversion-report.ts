import { Clock, type FieldError, ValidationError } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { pipelineNotFound } from '../pipelines/pipeline-errors.js';
import { PipelineRepository } from '../pipelines/pipeline-repository.js';
import { isCalendarDate } from '../shared/calendar-date.js';
import { ConversionReader } from './conversion-reader.js';
import { conversionReport, type ConversionQuery, type ConversionReport, WIN_RATE_DIMENSIONS, type WinRateDimension, type OutcomeCounts } from './conversion-report.js';

/** The funnel, time in stage and win rates of one pipeline for a period (see conversion-report.ts). */
@UseCase()
export class GetConversionReport {
  constructor(
    private readonly pipelines: PipelineRepository,
    private readonly reader: ConversionReader,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws ValidationError for dates that are not calendar days or a period that ends before it starts
   * @throws NotFoundError `pipeline.not-found`
   */
  async execute(query: ConversionQuery): Promise<ConversionReport> {
    const errors: FieldError[] = [];
    for (const field of ['from', 'to'] as const) {
      const value = query[field];
      if (value !== null && !isCalendarDate(value)) errors.push({ field, code: 'date.invalid', message: 'Geef een datum als JJJJ-MM-DD.' });
    }
    if (errors.length === 0 && query.from && query.to && query.to < query.from) {
      errors.push({ field: 'to', code: 'period.invalid', message: 'De einddatum ligt vóór de begindatum.' });
    }
    if (errors.length > 0) throw new ValidationError(errors);

    const pipeline = await this.pipelines.findById(query.pipelineId);
    if (!pipeline) throw pipelineNotFound();
    const cohort = await this.reader.cohort(query, pipeline.stages.map((stage) => stage.id), this.clock.now());
    const outcomes = {} as Record<WinRateDimension, OutcomeCounts[]>;
    for (const dimension of WIN_RATE_DIMENSIONS) outcomes[dimension] = await this.reader.outcomesBy(query, dimension);
    return conversionReport(query, pipeline, cohort, outcomes);
  }
}
