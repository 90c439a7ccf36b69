import type { Page } from '@gemeente-crm/api-kernel';
import type { Lead } from './lead.js';
import type { LeadQuery } from './lead-query.js';

/** One column of the board as stored: how many open leads, their total value, the first few. */
export interface StageColumn {
  stageId: string;
  count: number;
  totalValueCents: number;
  /** Open leads in the stage, longest in the stage first, at most the limit asked for. */
  leads: Lead[];
}

/** Where leads are kept. Called inside `TransactionManager.run`. */
export abstract class LeadRepository {
  abstract findById(id: string): Promise<Lead | null>;

  abstract insert(lead: Lead): Promise<void>;

  /** Replaces the stored lead only if its version is still `expectedVersion`; false when it is not. */
  abstract update(lead: Lead, expectedVersion: number): Promise<boolean>;

  abstract search(query: LeadQuery): Promise<Page<Lead>>;

  /** Number of leads (any status) per stage, for the stages asked for; stages without leads are left out. */
  abstract countByStage(stageIds: readonly string[]): Promise<Map<string, number>>;

  /** The open leads of a pipeline per stage (stages without open leads are left out). */
  abstract openByStage(pipelineId: string, limitPerStage: number): Promise<StageColumn[]>;
}
