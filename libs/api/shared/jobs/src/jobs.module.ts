import { type DynamicModule, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.js';
import { JOBS_OPTIONS, type JobsOptions } from './jobs-options.js';

/** One job queue for every domain; global so a domain module only injects JobQueue. */
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions | null): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      providers: [{ provide: JOBS_OPTIONS, useValue: options }, JobQueue],
      exports: [JobQueue],
    };
  }
}
