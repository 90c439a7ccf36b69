import { GetConversionReport } from './get-conversion-report.js';

/** The conversion-analysis use cases; they need PipelineRepository, ConversionReader and Clock. */
export const LEAD_CONVERSION_USE_CASES = [GetConversionReport] as const;
