import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@gemeente-crm/api-jobs';
import { CheckKvkRegistrations, RunDuplicateScan } from '@gemeente-crm/relations-core';
import { RELATIONS_OPTIONS, type RelationsModuleOptions } from '../relations-options.js';

/** The periodic KvK registration check (no data). */
export const KVK_CHECK_QUEUE = 'kvk-registration-check';
/** The periodic duplicate scan that fills the "Mogelijke dubbelen" list (no data). */
export const DUPLICATE_SCAN_QUEUE = 'duplicate-scan';

/** Cron schedules are read in Dutch time, so "nightly" means a Dutch night. */
const TIME_ZONE = 'Europe/Amsterdam';

/**
 * Puts the relations domain's periodic jobs on the queue: the KvK "no longer registered"
 * check and the duplicate scan (also on request: each run is recorded as a
 * duplicate_scan_run). Off when the module has no job options (tests, CLIs).
 */
@Injectable()
export class RelationsJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('jobs');

  constructor(
    @Inject(RELATIONS_OPTIONS) private readonly options: RelationsModuleOptions,
    private readonly queue: JobQueue,
    private readonly checkKvkRegistrations: CheckKvkRegistrations,
    private readonly runDuplicateScan: RunDuplicateScan,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const jobs = this.options.jobs;
    if (!jobs || !(await this.queue.start())) return;
    // One run at a time and at most one waiting: a slow run is not followed by a pile of them.
    await this.queue.createQueue({ name: KVK_CHECK_QUEUE, policy: 'stately', retryLimit: 1 });
    await this.queue.createQueue({ name: DUPLICATE_SCAN_QUEUE, policy: 'stately', retryLimit: 1 });
    await this.queue.schedule(KVK_CHECK_QUEUE, jobs.kvkCheckCron, { tz: TIME_ZONE });
    await this.queue.schedule(DUPLICATE_SCAN_QUEUE, jobs.duplicateScanCron, { tz: TIME_ZONE });
    await this.queue.work(KVK_CHECK_QUEUE, async () => {
      const result = await this.checkKvkRegistrations.execute(jobs.kvkCheckBatch);
      this.logger.log(`KvK check: ${result.checked} checked, ${result.flagged} newly flagged${result.interrupted ? ' (register unavailable; stopped early)' : ''}`);
    });
    // Scheduled jobs carry no data; a requested run ("Nu opnieuw zoeken") carries its run id.
    await this.queue.work<{ runId?: string }>(DUPLICATE_SCAN_QUEUE, async (job) => {
      const run = await this.runDuplicateScan.execute(job.data?.runId);
      for (const [kind, result] of Object.entries(run?.results ?? {})) {
        this.logger.log(`duplicate scan (${kind}): ${result.scanned} records, ${result.pairs} candidates, ${result.removed} stale pairs removed`);
      }
    });
    this.logger.log(`relations jobs running (KvK check "${jobs.kvkCheckCron}", duplicate scan "${jobs.duplicateScanCron}", ${TIME_ZONE})`);
  }
}
