import type { Page } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import type { Pipeline, PipelineStage } from '../pipelines/pipeline.js';
import { pipelineNotFound } from '../pipelines/pipeline-errors.js';
import { PipelineRepository } from '../pipelines/pipeline-repository.js';
import type { Lead } from './lead.js';
import { type LeadQueryInput, normaliseLeadQuery } from './lead-query.js';
import { LeadRepository } from './lead-repository.js';

@UseCase()
export class SearchLeads {
  constructor(private readonly leads: LeadRepository) {}

  async execute(input: LeadQueryInput = {}): Promise<Page<Lead>> {
    return this.leads.search(normaliseLeadQuery(input));
  }
}

/** A board column: the stage, its open leads' count and total value, and the first cards. */
export interface LeadBoardColumn {
  stage: PipelineStage;
  count: number;
  totalValueCents: number;
  leads: Lead[];
}

export interface LeadBoard {
  pipeline: Pipeline;
  columns: LeadBoardColumn[];
}

/** Cards per column: enough for any real board; the list view pages through the rest. */
export const BOARD_CARDS_PER_STAGE = 100;

@UseCase()
export class GetLeadBoard {
  constructor(
    private readonly pipelines: PipelineRepository,
    private readonly leads: LeadRepository,
  ) {}

  /** The open leads of a pipeline per stage, every stage present. @throws NotFoundError `pipeline.not-found` */
  async execute(pipelineId: string): Promise<LeadBoard> {
    const pipeline = await this.pipelines.findById(pipelineId);
    if (!pipeline) throw pipelineNotFound();
    const columns = new Map((await this.leads.openByStage(pipelineId, BOARD_CARDS_PER_STAGE)).map((column) => [column.stageId, column]));
    return {
      pipeline,
      columns: pipeline.stages.map((stage) => {
        const column = columns.get(stage.id);
        return { stage, count: column?.count ?? 0, totalValueCents: column?.totalValueCents ?? 0, leads: column?.leads ?? [] };
      }),
    };
  }
}
