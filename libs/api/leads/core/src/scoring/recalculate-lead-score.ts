import { Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { type LeadScore, scoreLead } from './lead-score.js';
import { DEFAULT_SCORING_MODEL } from './scoring-model.js';
import { LeadScoreRepository, LeadScoringFactsReader, ScoringModelRepository } from './scoring-ports.js';

/**
 * Computes and stores the score of one lead (the background job after a change). A score is
 * derived data, recomputable at any time, so it is not audited; the model version stored with
 * it says which audited weights produced it. A closed or deleted lead loses its score.
 */
@UseCase()
export class RecalculateLeadScore {
  constructor(
    private readonly facts: LeadScoringFactsReader,
    private readonly models: ScoringModelRepository,
    private readonly scores: LeadScoreRepository,
    private readonly transactions: TransactionManager,
    private readonly clock: Clock,
  ) {}

  async execute(leadId: string): Promise<LeadScore | null> {
    return this.transactions.run(async () => {
      const now = this.clock.now();
      const facts = await this.facts.factsFor(leadId, now);
      if (!facts) {
        await this.scores.remove(leadId);
        return null;
      }
      const score = scoreLead(facts, (await this.models.current()) ?? DEFAULT_SCORING_MODEL, now);
      await this.scores.save(score);
      return score;
    });
  }
}

/** Rescores every open lead in batches (the nightly run, and after a model change). */
@UseCase()
export class RecalculateAllLeadScores {
  static readonly BATCH = 200;

  constructor(
    private readonly facts: LeadScoringFactsReader,
    private readonly single: RecalculateLeadScore,
  ) {}

  /** @returns how many leads were scored */
  async execute(): Promise<number> {
    let afterId: string | null = null;
    let count = 0;
    for (;;) {
      const ids = await this.facts.openLeadIds(afterId, RecalculateAllLeadScores.BATCH);
      for (const id of ids) if (await this.single.execute(id)) count += 1;
      if (ids.length < RecalculateAllLeadScores.BATCH) return count;
      afterId = ids[ids.length - 1] ?? null;
    }
  }
}
