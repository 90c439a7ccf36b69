/**
 * Everything the score of one lead is computed from, gathered at one moment. The factor
 * metadata (scoring-factors.ts) names, for the Algoritmeregister and the administrator, which of
 * these each factor uses; nothing else about the lead, its relation or the people involved is
 * read.
 */
export interface LeadScoringFacts {
  leadId: string;
  /** SBI codes of the lead's organisation (digits only); empty for a person or when unknown. */
  sbiCodes: readonly string[];
  /** Legal form (rechtsvorm) of the organisation, one of the relations domain's LEGAL_FORMS. */
  legalForm: string | null;
  /** Organisations in the CRM with the same KvK number (its vestigingen); 0 without a KvK number. */
  establishments: number;
  /** Postcode of the relation's visiting address, e.g. "5211 JX". */
  postcode: string | null;
  city: string | null;
  /** Contact moments with the relation in the last 30 and 90 days. */
  contactMoments30: number;
  contactMoments90: number;
  /** Whole days since the last contact moment with the relation; null when there never was one. */
  daysSinceLastContact: number | null;
  /** Open tasks on the lead or its relation. */
  openTasks: number;
  stageName: string;
  /** The stage's default probability of winning, 0–100; null when the pipeline sets none. */
  stageProbability: number | null;
  daysSinceCreated: number;
  daysInStage: number;
}

/** A closed lead with the facts as they were when it closed, for learning weights. */
export interface ScoringSample {
  facts: LeadScoringFacts;
  won: boolean;
}
