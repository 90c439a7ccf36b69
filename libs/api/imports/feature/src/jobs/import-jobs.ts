import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@gemeente-crm/api-jobs';
import { ImportRepository, ProcessImportBatch } from '@gemeente-crm/imports-core';
import { IMPORT_CHUNK_MILLIS, IMPORT_JOB_LEASE_SECONDS, IMPORT_RUN_QUEUE, IMPORTS_OPTIONS, type ImportsModuleOptions } from './imports-options.js';

/**
 * Runs imports on the job queue, a chunk per job. A replica that dies mid-chunk leaves its job
 * to expire and be retried; the per-row ledger makes the retry skip what was committed.
 */
@Injectable()
export class ImportJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('imports');

  constructor(
    @Inject(IMPORTS_OPTIONS) private readonly options: ImportsModuleOptions,
    private readonly queue: JobQueue,
    private readonly processBatch: ProcessImportBatch,
    private readonly imports: ImportRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.jobs || !(await this.queue.start())) return;
    await this.queue.createQueue({ name: IMPORT_RUN_QUEUE, retryLimit: 20, retryDelay: 10, expireInSeconds: IMPORT_JOB_LEASE_SECONDS });
    await this.queue.work<{ importId: string }>(IMPORT_RUN_QUEUE, (job) => this.runChunk(job.data.importId));
    // Runs that were going when the last replica stopped: pick them up now rather than after their lease.
    for (const id of await this.imports.runningIds()) await this.queue.send(IMPORT_RUN_QUEUE, { importId: id });
  }

  async runChunk(importId: string): Promise<void> {
    const result = await this.processBatch.execute(importId, { maxMillis: IMPORT_CHUNK_MILLIS });
    if (result.finished) this.logger.log({ importId }, 'import finished');
    else if (result.processed > 0) await this.queue.send(IMPORT_RUN_QUEUE, { importId });
  }
}
