import type { LeadScoringFacts } from './lead-scoring-facts.js';
import { type FactorId, SCORING_FACTORS } from './scoring-factors.js';
import { positiveWeightTotal, type ScoringModel } from './scoring-model.js';

/** How one factor moved one lead's score. */
export interface ScoreContribution {
  factorId: FactorId;
  /** Signed points, rounded to whole points as shown to users. */
  points: number;
  /** Dutch: the fact behind the points, e.g. "4 contactmomenten in de laatste 30 dagen". */
  explanation: string;
}

/** A lead's score as stored: with the model version it was computed with and why it is what it is. */
export interface LeadScore {
  leadId: string;
  /** 0–100. Ranks and informs; it decides nothing. */
  score: number;
  modelVersion: number;
  computedAt: Date;
  /** The factors that moved the score, largest effect first; factors that added nothing are left out. */
  contributions: ScoreContribution[];
}

/** How many contributions a score keeps: the ones a person can take in at a glance. */
export const STORED_CONTRIBUTIONS = 6;

/**
 * Scores a lead: the sum of weight × value over the factors, where the weights are rescaled so
 * that the positive factors together are worth 100 points (an administrator may set any weights;
 * the scale stays 0–100), negative factors subtract, and the result is bounded to 0–100.
 */
export function scoreLead(facts: LeadScoringFacts, model: ScoringModel, computedAt: Date): LeadScore {
  const scale = 100 / Math.max(1, positiveWeightTotal(model.weights));
  let total = 0;
  const contributions: Array<ScoreContribution & { exact: number }> = [];
  for (const factor of SCORING_FACTORS) {
    const sign = factor.direction === 'positive' ? 1 : -1;
    const exact = sign * (model.weights[factor.id] ?? 0) * scale * factor.value(facts, model.targets);
    total += exact;
    if (Math.round(exact) !== 0) {
      contributions.push({ factorId: factor.id, points: Math.round(exact), explanation: factor.explain(facts, model.targets), exact });
    }
  }
  contributions.sort((a, b) => Math.abs(b.exact) - Math.abs(a.exact) || a.factorId.localeCompare(b.factorId));
  return {
    leadId: facts.leadId,
    score: Math.min(100, Math.max(0, Math.round(total))),
    modelVersion: model.version,
    computedAt,
    contributions: contributions.slice(0, STORED_CONTRIBUTIONS).map(({ exact: _exact, ...contribution }) => contribution),
  };
}

/** "+18: 4 contactmomenten in de laatste 30 dagen" / "−5: geen contact in 60 dagen" (with a real minus sign). */
export function formatContribution(contribution: ScoreContribution): string {
  const sign = contribution.points >= 0 ? '+' : '\u2212';
  return `${sign}${Math.abs(contribution.points)}: ${contribution.explanation}`;
}
