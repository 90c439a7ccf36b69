import { Inject, Injectable } from '@nestjs/common';
import { JobQueue } from '@gemeente-crm/api-jobs';
import { DuplicateScanScheduler } from '@gemeente-crm/relations-core';
import { RELATIONS_OPTIONS, type RelationsModuleOptions } from '../relations-options.js';
import { DUPLICATE_SCAN_QUEUE } from './relations-jobs.js';

@Injectable()
export class PgBossDuplicateScanScheduler extends DuplicateScanScheduler {
  constructor(
    @Inject(RELATIONS_OPTIONS) private readonly options: RelationsModuleOptions,
    private readonly queue: JobQueue,
  ) {
    super();
  }

  async schedule(runId: string): Promise<boolean> {
    // Only where RelationsJobs set up the queue and its worker (JOBS_ENABLED); start() was done at bootstrap.
    if (!this.options.jobs || !(await this.queue.start())) return false;
    // The queue is stately: with a job already waiting this one is dropped, and that job takes the queued run along.
    await this.queue.send(DUPLICATE_SCAN_QUEUE, { runId });
    return true;
  }
}
