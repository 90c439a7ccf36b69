import type { FieldError } from '@gemeente-crm/api-kernel';
import { optionalText } from '@gemeente-crm/relations-core';
import { isRequirableLeadField, type PipelineInput, type RequirableLeadField, REQUIRABLE_LEAD_FIELDS } from './pipeline.js';

export const MAX_PIPELINE_NAME_LENGTH = 100;
export const MAX_DEPARTMENT_LENGTH = 100;
export const MAX_STAGE_NAME_LENGTH = 60;
export const MAX_STAGES = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A stage after checking; `id` null means "new stage". */
export interface CheckedStage {
  id: string | null;
  name: string;
  defaultProbability: number;
  requiredFields: RequirableLeadField[];
}

export interface CheckedPipeline {
  name: string;
  department: string;
  stages: CheckedStage[];
}

/** Normalises and validates a pipeline in one pass, so the editor can show every problem at once. */
export function checkPipelineInput(input: PipelineInput): { fields: CheckedPipeline; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const name = optionalText(input.name)?.replace(/\s+/g, ' ') ?? '';
  if (!name) errors.push({ field: 'name', code: 'name.required', message: 'Geef de pijplijn een naam.' });
  else if (name.length > MAX_PIPELINE_NAME_LENGTH) {
    errors.push({ field: 'name', code: 'name.too-long', message: `De naam mag hoogstens ${MAX_PIPELINE_NAME_LENGTH} tekens lang zijn.` });
  }
  const department = optionalText(input.department)?.replace(/\s+/g, ' ') ?? '';
  if (!department) errors.push({ field: 'department', code: 'department.required', message: 'Vul de afdeling in die met deze pijplijn werkt.' });
  else if (department.length > MAX_DEPARTMENT_LENGTH) {
    errors.push({ field: 'department', code: 'department.too-long', message: `De afdeling mag hoogstens ${MAX_DEPARTMENT_LENGTH} tekens lang zijn.` });
  }

  const stages: CheckedStage[] = [];
  const names = new Set<string>();
  const ids = new Set<string>();
  const rawStages = input.stages ?? [];
  if (!rawStages.length) errors.push({ field: 'stages', code: 'stages.required', message: 'Een pijplijn heeft ten minste één fase.' });
  if (rawStages.length > MAX_STAGES) errors.push({ field: 'stages', code: 'stages.too-many', message: `Een pijplijn heeft hoogstens ${MAX_STAGES} fasen.` });
  rawStages.forEach((raw, index) => {
    const field = `stages.${index}`;
    const id = optionalText(raw.id)?.toLowerCase() ?? null;
    if (id !== null && !UUID.test(id)) errors.push({ field: `${field}.id`, code: 'stage-id.invalid', message: 'Het id van de fase moet een UUID zijn.' });
    if (id !== null && ids.has(id)) errors.push({ field: `${field}.id`, code: 'stage-id.duplicate', message: 'Deze fase staat er twee keer in.' });
    if (id !== null) ids.add(id);
    const stageName = optionalText(raw.name)?.replace(/\s+/g, ' ') ?? '';
    if (!stageName) errors.push({ field: `${field}.name`, code: 'stage-name.required', message: 'Geef de fase een naam.' });
    else if (stageName.length > MAX_STAGE_NAME_LENGTH) {
      errors.push({ field: `${field}.name`, code: 'stage-name.too-long', message: `De naam van een fase mag hoogstens ${MAX_STAGE_NAME_LENGTH} tekens lang zijn.` });
    } else if (names.has(stageName.toLowerCase())) {
      errors.push({ field: `${field}.name`, code: 'stage-name.duplicate', message: 'Twee fasen hebben dezelfde naam.' });
    }
    names.add(stageName.toLowerCase());
    const probability = raw.defaultProbability ?? 0;
    if (!Number.isInteger(probability) || probability < 0 || probability > 100) {
      errors.push({ field: `${field}.defaultProbability`, code: 'probability.invalid', message: 'De kans is een heel getal van 0 tot en met 100.' });
    }
    const required = new Set<RequirableLeadField>();
    for (const value of raw.requiredFields ?? []) {
      if (isRequirableLeadField(value)) required.add(value);
      else {
        errors.push({
          field: `${field}.requiredFields`,
          code: 'required-field.unknown',
          message: `Onbekend veld "${value}"; kies uit ${REQUIRABLE_LEAD_FIELDS.join(', ')}.`,
        });
      }
    }
    stages.push({
      id,
      name: stageName,
      defaultProbability: probability,
      requiredFields: REQUIRABLE_LEAD_FIELDS.filter((candidate) => required.has(candidate)),
    });
  });
  return { fields: { name, department, stages }, errors };
}
