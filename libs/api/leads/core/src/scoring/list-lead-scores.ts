import { UseCase } from '@gemeente-crm/relations-core';
import { LeadScoreRepository, type LeadScoreSummary } from './scoring-ports.js';

/** The scores of a pipeline's open leads, for showing them on the board in one request. */
@UseCase()
export class ListLeadScores {
  constructor(private readonly scores: LeadScoreRepository) {}

  async execute(pipelineId: string): Promise<LeadScoreSummary[]> {
    return this.scores.forPipeline(pipelineId);
  }
}
