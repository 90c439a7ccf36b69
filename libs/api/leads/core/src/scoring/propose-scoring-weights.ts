import { UseCase } from '@gemeente-crm/relations-core';
import { tooLittleHistory } from './scoring-errors.js';
import { DEFAULT_SCORING_MODEL } from './scoring-model.js';
import { LeadScoringFactsReader, ScoringModelRepository } from './scoring-ports.js';
import { MIN_TRAINING_SAMPLES, proposeWeights, type WeightProposal } from './weight-regression.js';

/** Most closed leads a proposal learns from; the newest history matters most and this bounds the work. */
export const MAX_TRAINING_SAMPLES = 5000;

/**
 * Proposes weights learned from won and lost leads, compared with the current model on leads held
 * out of the training. Only a proposal: it changes nothing until an administrator saves it as a
 * new model version (UpdateScoringModel with source 'regressie').
 */
@UseCase()
export class ProposeScoringWeights {
  constructor(
    private readonly facts: LeadScoringFactsReader,
    private readonly models: ScoringModelRepository,
  ) {}

  /** @throws ConflictError `lead-scoring.too-little-history` */
  async execute(): Promise<WeightProposal & { basedOnVersion: number }> {
    const current = (await this.models.current()) ?? DEFAULT_SCORING_MODEL;
    const proposal = proposeWeights(await this.facts.closedSamples(MAX_TRAINING_SAMPLES), current);
    if (!proposal) throw tooLittleHistory(MIN_TRAINING_SAMPLES);
    return { ...proposal, basedOnVersion: current.version };
  }
}
