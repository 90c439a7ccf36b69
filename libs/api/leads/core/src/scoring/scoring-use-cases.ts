import { GetLeadScore } from './get-lead-score.js';
import { GetScoringModel } from './get-scoring-model.js';
import { ListLeadScores } from './list-lead-scores.js';
import { ProposeScoringWeights } from './propose-scoring-weights.js';
import { RecalculateAllLeadScores, RecalculateLeadScore } from './recalculate-lead-score.js';
import { UpdateScoringModel } from './update-scoring-model.js';

/**
 * The lead-scoring use cases, for the feature module's `providers`. They need the scoring ports
 * (scoring-ports.ts) and TransactionManager, AuditLog and Clock.
 */
export const LEAD_SCORING_USE_CASES = [
  GetScoringModel,
  UpdateScoringModel,
  GetLeadScore,
  ListLeadScores,
  RecalculateLeadScore,
  RecalculateAllLeadScores,
  ProposeScoringWeights,
] as const;
