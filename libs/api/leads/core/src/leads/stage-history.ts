/**
 * One move of a lead between stages, kept in its own table with a timestamp: the base for
 * time-in-stage and conversion analysis. A lead's first entry has `fromStageId` null.
 */
export interface StageChange {
  id: string;
  leadId: string;
  pipelineId: string;
  fromStageId: string | null;
  toStageId: string;
  changedAt: Date;
  changedBy: string;
}

/** Where stage changes are kept; append-only. Called inside `TransactionManager.run`. */
export abstract class StageHistoryRepository {
  abstract record(change: StageChange): Promise<void>;

  /** A lead's stage changes, oldest first. */
  abstract forLead(leadId: string): Promise<StageChange[]>;
}
