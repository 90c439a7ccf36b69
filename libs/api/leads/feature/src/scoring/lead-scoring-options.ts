/** What lead scoring needs from the application's configuration. */
export interface LeadScoringModuleOptions {
  /** null in processes that must not run jobs (OpenAPI writer, command-line tools). */
  jobs: LeadScoringJobsOptions | null;
}

export interface LeadScoringJobsOptions {
  /** Cron expression (Dutch time) of the nightly rescoring of every open lead. */
  nightlyCron: string;
  /** Cron expression of the sweep that finds leads whose lead, relation, contact moments or tasks changed since their score. */
  changeSweepCron: string;
}

export const LEAD_SCORING_OPTIONS = Symbol('LEAD_SCORING_OPTIONS');

/** One lead's score (data: `{ leadId }`, singleton key the lead id, so bursts of changes collapse). */
export const LEAD_SCORE_QUEUE = 'lead-score';
/** Every open lead (no data): nightly, and after a model change. */
export const LEAD_SCORE_ALL_QUEUE = 'lead-score-all';
/** Finds leads with changes since their score and queues them (no data). */
export const LEAD_SCORE_SWEEP_QUEUE = 'lead-score-sweep';

export const LEAD_SCORING_TIME_ZONE = 'Europe/Amsterdam';
