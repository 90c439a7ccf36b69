import type { FieldError } from '@gemeente-crm/api-kernel';
import type { PipelineStage, RequirableLeadField } from '../pipelines/pipeline.js';
import type { LeadFields } from './lead.js';

/** How the user interface and messages name each requirable field. */
export const REQUIRABLE_FIELD_LABELS: Record<RequirableLeadField, string> = {
  expectedValueCents: 'verwachte waarde',
  probability: 'kans',
  expectedDecisionDate: 'verwachte beslisdatum',
  nextAction: 'volgende actie',
  nextActionDate: 'datum volgende actie',
  ownerId: 'eigenaar',
  sourceCode: 'bron',
  notes: 'notities',
};

/** One error per field the stage requires that the lead does not have (in the stage's order). */
export function unmetRequirements(stage: PipelineStage, fields: LeadFields): FieldError[] {
  return stage.requiredFields
    .filter((field) => fields[field] === null || fields[field] === '')
    .map((field) => ({
      field,
      code: `${field}.required-by-stage`,
      message: `De fase "${stage.name}" vereist de ${REQUIRABLE_FIELD_LABELS[field]}.`,
    }));
}
