import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@gemeente-crm/api-jobs';
import { RecalculateAllLeadScores, RecalculateLeadScore } from '@gemeente-crm/leads-core';
import {
  LEAD_SCORE_ALL_QUEUE,
  LEAD_SCORE_QUEUE,
  LEAD_SCORE_SWEEP_QUEUE,
  LEAD_SCORING_OPTIONS,
  LEAD_SCORING_TIME_ZONE,
  type LeadScoringModuleOptions,
} from './lead-scoring-options.js';
import { SqlChangedLeads } from './sql-changed-leads.js';

/** Score jobs fetched at once. */
const LEAD_SCORE_BATCH = 20;

/** Most leads one sweep rescores; the next sweep takes the rest. */
const SWEEP_BATCH = 1000;

/**
 * Each sweep queues the next one this many seconds later, so a change shows in its score within
 * seconds; the cron schedule (once a minute at most) only restarts the chain should it break.
 */
const SWEEP_INTERVAL_SECONDS = 10;

/** Puts the scoring workers on the job queue: per lead, all leads (nightly), and the change sweep. */
@Injectable()
export class LeadScoringJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('jobs');

  constructor(
    @Inject(LEAD_SCORING_OPTIONS) private readonly options: LeadScoringModuleOptions,
    private readonly queue: JobQueue,
    private readonly recalculate: RecalculateLeadScore,
    private readonly recalculateAll: RecalculateAllLeadScores,
    private readonly changed: SqlChangedLeads,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const jobs = this.options.jobs;
    if (!jobs || !(await this.queue.start())) return;
    // stately: per singleton key (the lead) at most one job waiting and one running.
    await this.queue.createQueue({ name: LEAD_SCORE_QUEUE, policy: 'stately', retryLimit: 3, retryDelay: 30 });
    await this.queue.createQueue({ name: LEAD_SCORE_ALL_QUEUE, policy: 'stately', retryLimit: 1 });
    await this.queue.createQueue({ name: LEAD_SCORE_SWEEP_QUEUE, policy: 'stately', retryLimit: 0 });
    await this.queue.schedule(LEAD_SCORE_ALL_QUEUE, jobs.nightlyCron, { tz: LEAD_SCORING_TIME_ZONE });
    await this.queue.schedule(LEAD_SCORE_SWEEP_QUEUE, jobs.changeSweepCron, { tz: LEAD_SCORING_TIME_ZONE });
    // In batches: a burst of changes (or the demo data at first start) is scored in seconds, not a poll per lead.
    await this.queue.work<{ leadId: string }>(LEAD_SCORE_QUEUE, (job) => this.recalculate.execute(job.data.leadId), { batchSize: LEAD_SCORE_BATCH });
    await this.queue.work(LEAD_SCORE_ALL_QUEUE, async () => {
      const count = await this.recalculateAll.execute();
      this.logger.log(`rescored ${count} open leads`);
    });
    await this.queue.work(LEAD_SCORE_SWEEP_QUEUE, async () => {
      try {
        await this.sweep();
      } finally {
        await this.queue.send(LEAD_SCORE_SWEEP_QUEUE, {}, { startAfter: new Date(Date.now() + SWEEP_INTERVAL_SECONDS * 1000) });
      }
    });
    await this.queue.send(LEAD_SCORE_SWEEP_QUEUE, {});
    this.logger.log(`lead scoring jobs running (nightly "${jobs.nightlyCron}", sweep "${jobs.changeSweepCron}")`);
  }

  /**
   * Rescores every lead with changes since its score, here and now: one job for the whole batch
   * rather than a job per lead, which at start-up (every lead unscored) would mean thousands of
   * jobs taken one per poll. A burst of changes to one lead gives one recomputation either way.
   */
  async sweep(): Promise<number> {
    const ids = await this.changed.find(SWEEP_BATCH);
    for (const id of ids) await this.recalculate.execute(id);
    return ids.length;
  }
}
