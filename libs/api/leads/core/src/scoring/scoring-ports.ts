import type { LeadScore } from './lead-score.js';
import type { LeadScoringFacts, ScoringSample } from './lead-scoring-facts.js';
import type { ScoringModel } from './scoring-model.js';

/** Where the versions of the scoring model are kept. Versions are only ever added. */
export abstract class ScoringModelRepository {
  /** The newest version; null while nobody has saved one (the built-in defaults apply). */
  abstract current(): Promise<ScoringModel | null>;

  /** Adds a version; false when that version number exists already (someone else saved first). */
  abstract insert(model: ScoringModel): Promise<boolean>;
}

/** The latest score of each open lead. */
export abstract class LeadScoreRepository {
  abstract findByLeadId(leadId: string): Promise<LeadScore | null>;

  /** Replaces the lead's score. */
  abstract save(score: LeadScore): Promise<void>;

  abstract remove(leadId: string): Promise<void>;

  /** Stored scores of the open leads of a pipeline (for the board), highest first. */
  abstract forPipeline(pipelineId: string): Promise<LeadScoreSummary[]>;
}

export interface LeadScoreSummary {
  leadId: string;
  score: number;
  modelVersion: number;
}

/** Reads what the score is computed from (the lead, its relation, contact moments and tasks). */
export abstract class LeadScoringFactsReader {
  /** The facts of an open lead as of `at`; null when the lead does not exist or is closed. */
  abstract factsFor(leadId: string, at: Date): Promise<LeadScoringFacts | null>;

  /** Ids of open leads after `afterId` in id order, at most `limit`: for scoring them all in batches. */
  abstract openLeadIds(afterId: string | null, limit: number): Promise<string[]>;

  /** Won and lost leads, by id, with their facts as of the day they closed: for learning weights. */
  abstract closedSamples(limit: number): Promise<ScoringSample[]>;
}

/**
 * Asks for scores to be recomputed in the background, after the current transaction commits.
 * Repeated requests for one lead before the work runs collapse into one.
 */
export abstract class LeadScoreScheduler {
  abstract rescoreLead(leadId: string): Promise<void>;
  abstract rescoreAll(): Promise<void>;
}
