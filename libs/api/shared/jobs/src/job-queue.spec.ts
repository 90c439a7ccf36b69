import { Test, type TestingModule } from '@nestjs/testing';
import { DatabaseModule } from '@gemeente-crm/api-database';
import { createTestDatabase, type TestDatabase } from '@gemeente-crm/api-testing';
import { MIGRATIONS } from '@gemeente-crm/migrations';
import { JobQueue } from './job-queue.js';
import { JobsModule } from './jobs.module.js';

/** Long, so that waiting a poll per batch would show plainly. */
const POLL_SECONDS = 5;

describe('the job queue on PostgreSQL', () => {
  let database: TestDatabase;
  let module: TestingModule;
  let queue: JobQueue;

  beforeAll(async () => {
    database = await createTestDatabase();
    module = await Test.createTestingModule({
      imports: [
        DatabaseModule.forRoot({ url: database.url, entities: [], migrations: MIGRATIONS, migrationsRun: false, poolSize: 2 }),
        JobsModule.forRoot({ databaseUrl: database.url, pollingIntervalSeconds: POLL_SECONDS }),
      ],
    }).compile();
    await module.init();
    queue = module.get(JobQueue);
    expect(await queue.start()).toBe(true);
  }, 60_000);

  afterAll(async () => {
    await module.close();
    await database.drop();
  });

  const until = async (done: () => boolean, seconds = 20) => {
    for (let waited = 0; !done(); waited += 100) {
      if (waited > seconds * 1000) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('retries only the job that failed, not the others of its batch', async () => {
    await queue.createQueue({ name: 'test-batch', retryLimit: 1, retryDelay: 0 });
    const handled: number[] = [];
    let failedOnce = false;
    await queue.work<{ n: number }>(
      'test-batch',
      async (job) => {
        handled.push(job.data.n);
        if (job.data.n === 3 && !failedOnce) {
          failedOnce = true;
          throw new Error('tijdelijk niet bereikbaar');
        }
      },
      { batchSize: 10 },
    );
    for (let n = 1; n <= 5; n++) await queue.send('test-batch', { n });
    await until(() => handled.length >= 6, 4 * POLL_SECONDS);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect([...handled].sort()).toEqual([1, 2, 3, 3, 4, 5]);
  }, 60_000);

  it('works through a backlog larger than a batch without waiting a poll per batch', async () => {
    await queue.createQueue({ name: 'test-backlog' });
    for (let n = 0; n < 45; n++) await queue.send('test-backlog', { n });
    const handled: number[] = [];
    const started = Date.now();
    await queue.work<{ n: number }>('test-backlog', async (job) => void handled.push(job.data.n), { batchSize: 10 });
    await until(() => handled.length === 45, 6 * POLL_SECONDS);
    // Five fetches of up to ten: with a poll between each that would take four polls (20 s).
    expect(Date.now() - started).toBeLessThan(2 * POLL_SECONDS * 1000);
  }, 60_000);
});
