import { UseCase } from '@gemeente-crm/relations-core';
import { DEFAULT_SCORING_MODEL, type ScoringModel } from './scoring-model.js';
import { ScoringModelRepository } from './scoring-ports.js';

/** The scoring model in force: the newest saved version, or the built-in defaults (version 1). */
@UseCase()
export class GetScoringModel {
  constructor(private readonly models: ScoringModelRepository) {}

  async execute(): Promise<ScoringModel> {
    return (await this.models.current()) ?? DEFAULT_SCORING_MODEL;
  }
}
