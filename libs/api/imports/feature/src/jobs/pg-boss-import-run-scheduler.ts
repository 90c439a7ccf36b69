import { Injectable } from '@nestjs/common';
import { JobQueue } from '@gemeente-crm/api-jobs';
import { ImportRunScheduler } from '@gemeente-crm/imports-core';
import { IMPORT_RUN_QUEUE } from './imports-options.js';

@Injectable()
export class PgBossImportRunScheduler extends ImportRunScheduler {
  constructor(private readonly queue: JobQueue) {
    super();
  }

  async schedule(importId: string): Promise<void> {
    await this.queue.send(IMPORT_RUN_QUEUE, { importId });
  }
}
