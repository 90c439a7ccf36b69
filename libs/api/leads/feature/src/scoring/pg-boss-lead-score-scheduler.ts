import { Injectable } from '@nestjs/common';
import { JobQueue } from '@gemeente-crm/api-jobs';
import { LeadScoreScheduler } from '@gemeente-crm/leads-core';
import { LEAD_SCORE_ALL_QUEUE, LEAD_SCORE_QUEUE } from './lead-scoring-options.js';

/**
 * Score requests as jobs, added in the caller's transaction so they run only after the change
 * commits (and not at all when it rolls back). The lead queue is `stately` and keyed per lead:
 * at most one job per lead waits, so ten quick edits give one recomputation.
 */
@Injectable()
export class PgBossLeadScoreScheduler extends LeadScoreScheduler {
  constructor(private readonly queue: JobQueue) {
    super();
  }

  async rescoreLead(leadId: string): Promise<void> {
    await this.queue.send(LEAD_SCORE_QUEUE, { leadId }, { singletonKey: leadId });
  }

  async rescoreAll(): Promise<void> {
    await this.queue.send(LEAD_SCORE_ALL_QUEUE, {});
  }
}
