/**
 * Lead fields a pipeline stage can require before a lead may enter it (for instance an
 * expected value before "Voorstel"). The names are the lead's own field names, so a refused
 * move can point at exactly the fields to fill in.
 */
export const REQUIRABLE_LEAD_FIELDS = [
  'expectedValueCents',
  'probability',
  'expectedDecisionDate',
  'nextAction',
  'nextActionDate',
  'ownerId',
  'sourceCode',
  'notes',
] as const;
export type RequirableLeadField = (typeof REQUIRABLE_LEAD_FIELDS)[number];

/** One column of the board. Stage ids are stable, so renaming or reordering never touches leads. */
export interface PipelineStage {
  id: string;
  name: string;
  /** 0-based; stages are kept in this order. */
  position: number;
  /** 0–100; a lead entering the stage gets it unless the mover gives a probability. */
  defaultProbability: number;
  /** Lead fields that must be filled in before a lead may enter this stage. */
  requiredFields: RequirableLeadField[];
}

/** The stages a department takes its leads through; configuration kept by functional administrators. */
export interface Pipeline {
  id: string;
  name: string;
  /** The department (afdeling) that works with it, e.g. "Economische Zaken". */
  department: string;
  /** In order; at least one. */
  stages: PipelineStage[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A stage as an administrator submits it; without an id it is a new stage. */
export interface PipelineStageInput {
  id?: string | null;
  name: string;
  defaultProbability?: number | null;
  requiredFields?: readonly string[];
}

/** A pipeline as an administrator submits it; the order of `stages` is the board's order. */
export interface PipelineInput {
  name: string;
  department: string;
  stages: readonly PipelineStageInput[];
}

export function isRequirableLeadField(value: string): value is RequirableLeadField {
  return (REQUIRABLE_LEAD_FIELDS as readonly string[]).includes(value);
}

export function stageOf(pipeline: Pipeline, stageId: string): PipelineStage | undefined {
  return pipeline.stages.find((stage) => stage.id === stageId);
}
