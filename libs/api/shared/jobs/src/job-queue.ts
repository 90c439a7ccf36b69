import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type Db, type Job, type JobResult, PgBoss, type Queue, type ScheduleOptions } from 'pg-boss';
import type { QueryResult } from 'typeorm';
import { JOBS_OPTIONS, type JobsOptions } from './jobs-options.js';

/** pg-boss keeps its tables here and creates (and migrates) the schema itself at start. */
export const JOB_SCHEMA = 'pgboss';

/**
 * The PostgreSQL-backed job queue (pg-boss) on the application's own database. Workers claim
 * jobs with `SELECT … FOR UPDATE SKIP LOCKED`, so however many API replicas run, each job is
 * handled by one of them; a cron schedule sends one job per tick across all replicas.
 *
 * Jobs are added in the caller's database transaction when there is one, so a record and the
 * job it schedules (a task and its reminder, an import and its run) commit or roll back together.
 */
@Injectable()
export class JobQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger('jobs');
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss | null> | null = null;

  constructor(
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions | null,
    private readonly db: DatabaseContext,
  ) {}

  /** Starts the queue (once); false when jobs are disabled in this process. */
  async start(): Promise<boolean> {
    this.starting ??= this.open();
    return (await this.starting) !== null;
  }

  async createQueue(queue: Queue): Promise<void> {
    await this.require().createQueue(queue.name, queue);
  }

  async schedule(name: string, cron: string, options: ScheduleOptions): Promise<void> {
    await this.require().schedule(name, cron, null, options);
  }

  /**
   * Handles jobs of `name` one after the other. Each job succeeds or fails on its own: a handler
   * that throws has only its job retried. With `batchSize` above 1 the worker fetches that many
   * at once and, while fetches come back full, fetches again without waiting for the polling
   * interval — for queues where a backlog (after a restart, say) must not wait a poll per job.
   */
  async work<T extends object>(name: string, handle: (job: Job<T>) => Promise<unknown>, options: { batchSize?: number } = {}): Promise<void> {
    const pollingIntervalSeconds = this.options?.pollingIntervalSeconds ?? 2;
    const batchSize = options.batchSize ?? 1;
    await this.require().work<T>(
      name,
      { pollingIntervalSeconds, batchSize, burstWhenBatchFull: batchSize > 1, perJobResults: true },
      async (batch) => {
        const results: JobResult[] = [];
        for (const job of batch) {
          try {
            await handle(job);
            results.push({ id: job.id, status: 'completed' });
          } catch (error) {
            this.logger.warn({ err: error, job: job.name, id: job.id, retry: job.retryCount }, 'job failed; it will be retried');
            results.push({ id: job.id, status: 'failed', output: { message: error instanceof Error ? error.message : String(error) } });
          }
        }
        return results;
      },
    );
  }

  /**
   * Adds a job, in the current transaction when there is one. Without a running queue (jobs
   * disabled in this process) nothing is added: the reminder sweep of a replica that runs the
   * jobs finds due work anyway.
   */
  async send(name: string, data: object, options: { startAfter?: Date; singletonKey?: string } = {}): Promise<void> {
    if (!this.boss) {
      this.logger.debug(`job queue not running in this process; not adding ${name}`);
      return;
    }
    const db = this.transactionDb();
    await this.boss.send(name, data, { ...options, ...(db ? { db } : {}) });
  }

  // Before the database connection closes (onApplicationShutdown), so running jobs can still finish.
  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // Jobs in progress may finish; whatever does not is retried (by any replica) once it expires.
    await boss?.stop({ graceful: true, timeout: 5_000 });
  }

  private async open(): Promise<PgBoss | null> {
    const jobs = this.options;
    if (!jobs) return null;
    const boss = new PgBoss({ connectionString: jobs.databaseUrl, schema: JOB_SCHEMA, max: 4, application_name: 'gemeente-crm-jobs' });
    boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
    // Replicas starting together: pg-boss installs its schema under an advisory lock; the others retry.
    await boss.start({ attempts: 5 });
    this.boss = boss;
    return boss;
  }

  private require(): PgBoss {
    if (!this.boss) throw new Error('The job queue is not running; call start() first');
    return this.boss;
  }

  /** pg-boss statements on the connection of the caller's TypeORM transaction, if any. */
  private transactionDb(): Db | undefined {
    const runner = this.db.inTransaction ? this.db.manager.queryRunner : undefined;
    if (!runner) return undefined;
    return {
      executeSql: async (text: string, values?: unknown[]) => ({ rows: ((await runner.query(text, values, true)) as QueryResult).records ?? [] }),
    };
  }
}
