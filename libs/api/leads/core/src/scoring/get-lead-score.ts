import { Clock } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { type LeadScore, scoreLead } from './lead-score.js';
import { leadNotScorable } from './scoring-errors.js';
import { DEFAULT_SCORING_MODEL } from './scoring-model.js';
import { LeadScoreRepository, LeadScoringFactsReader, ScoringModelRepository } from './scoring-ports.js';

/**
 * The score of an open lead with its explanation. Normally the stored one; a lead whose first
 * score is still queued gets one computed now (not stored: reading never writes).
 */
@UseCase()
export class GetLeadScore {
  constructor(
    private readonly scores: LeadScoreRepository,
    private readonly facts: LeadScoringFactsReader,
    private readonly models: ScoringModelRepository,
    private readonly clock: Clock,
  ) {}

  /** @throws NotFoundError `lead-score.not-found` for an unknown or closed lead */
  async execute(leadId: string): Promise<LeadScore> {
    const now = this.clock.now();
    const facts = await this.facts.factsFor(leadId, now);
    if (!facts) throw leadNotScorable();
    const stored = await this.scores.findByLeadId(leadId);
    if (stored) return stored;
    return scoreLead(facts, (await this.models.current()) ?? DEFAULT_SCORING_MODEL, now);
  }
}
