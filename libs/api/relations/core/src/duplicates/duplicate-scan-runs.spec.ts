import { InMemoryTransactionManager } from '@gemeente-crm/api-kernel/testing';
import { InMemoryDuplicateScanRunRepository, RecordingDuplicateScanScheduler } from '../testing/in-memory-duplicate-scan-runs.js';
import { changeBy, createRelationsTestKit } from '../testing/relations-test-kit.js';
import type { DuplicateFinder } from './duplicate-finder.js';
import type { DuplicatePairRepository } from './duplicate-pairs.js';
import { GetLatestDuplicateScan } from './get-latest-duplicate-scan.js';
import type { RelationKind } from './merged-relation-references.js';
import { RequestDuplicateScan } from './request-duplicate-scan.js';
import { INTERRUPTED_SCAN_ERROR, RunDuplicateScan } from './run-duplicate-scan.js';
import { type DuplicateScanResult, ScanDuplicates } from './scan-duplicates.js';

/** The scan itself is covered against PostgreSQL (test/api/duplicates.spec.ts); here it reports fixed counts. */
class CountingScan extends ScanDuplicates {
  scannedKinds: RelationKind[] = [];
  failWith: Error | null = null;

  constructor() {
    super(null as unknown as DuplicateFinder, null as unknown as DuplicatePairRepository, null as never);
  }

  override async execute(kinds: readonly RelationKind[]): Promise<DuplicateScanResult[]> {
    if (this.failWith) throw this.failWith;
    this.scannedKinds.push(...kinds);
    return kinds.map((kind) => ({ kind, scanned: kind === 'organisation' ? 6 : 2, pairs: kind === 'organisation' ? 4 : 1, removed: 0 }));
  }
}

function setup(queueRunning = true) {
  const kit = createRelationsTestKit();
  const runs = new InMemoryDuplicateScanRunRepository();
  const scheduler = new RecordingDuplicateScanScheduler(queueRunning);
  const transactions = new InMemoryTransactionManager([runs, kit.auditLog]);
  const scan = new CountingScan();
  const runDuplicateScan = new RunDuplicateScan(runs, scan, kit.clock);
  return {
    kit,
    runs,
    scheduler,
    scan,
    runDuplicateScan,
    requestDuplicateScan: new RequestDuplicateScan(runs, scheduler, runDuplicateScan, transactions, kit.auditLog, kit.clock),
    latest: new GetLatestDuplicateScan(runs),
  };
}

const admin = () => changeBy(['functioneel-beheerder']);

describe('"Nu opnieuw zoeken" for duplicates (in memory)', () => {
  it('queues a run for the job queue, records who asked and when, and scans nothing yet', async () => {
    const t = setup();
    const { run, inBackground } = await t.requestDuplicateScan.execute(admin());
    expect(inBackground).toBe(true);
    expect(run).toMatchObject({ trigger: 'request', status: 'queued', requestedBy: { id: 'tenant:anne', name: 'Anne de Graaf' }, requestedAt: t.kit.clock.now() });
    expect(t.scheduler.scheduled).toEqual([run.id]);
    expect(t.scan.scannedKinds).toEqual([]);
    expect(t.kit.auditLog.last()).toMatchObject({ action: 'create', objectType: 'duplicate-scan-run', objectId: run.id, context: { actor: { id: 'tenant:anne' } } });
  });

  it('hands back the run already queued or running instead of queueing another', async () => {
    const t = setup();
    const first = await t.requestDuplicateScan.execute(admin());
    t.kit.clock.advance(1_000);
    expect((await t.requestDuplicateScan.execute(admin())).run.id).toBe(first.run.id);
    await t.runs.update({ ...first.run, status: 'running', startedAt: t.kit.clock.now() });
    expect((await t.requestDuplicateScan.execute(admin())).run).toMatchObject({ id: first.run.id, status: 'running' });
    expect(t.scheduler.scheduled).toHaveLength(1);
    expect(t.kit.auditLog.entries).toHaveLength(1);
  });

  it('the job runs the requested run: started, finished, with counts per kind; the next request is a new run', async () => {
    const t = setup();
    const { run } = await t.requestDuplicateScan.execute(admin());
    t.kit.clock.advance(2_000);
    const done = await t.runDuplicateScan.execute(run.id);
    expect(done).toMatchObject({
      id: run.id,
      status: 'done',
      results: { organisation: { scanned: 6, pairs: 4, removed: 0 }, person: { scanned: 2, pairs: 1, removed: 0 } },
      error: null,
    });
    expect(done?.startedAt).toEqual(t.kit.clock.now());
    expect(await t.latest.execute()).toEqual(done);
    t.kit.clock.advance(1_000);
    expect((await t.requestDuplicateScan.execute(admin())).run.id).not.toBe(run.id);
  });

  it('records the nightly run as a scheduled run, and takes a waiting request along', async () => {
    const t = setup();
    const nightly = await t.runDuplicateScan.execute();
    expect(nightly).toMatchObject({ trigger: 'schedule', requestedBy: null, status: 'done' });
    t.kit.clock.advance(1_000);
    const { run } = await t.requestDuplicateScan.execute(admin());
    // The queue kept only the scheduled job; it serves the request.
    expect(await t.runDuplicateScan.execute()).toMatchObject({ id: run.id, trigger: 'request', status: 'done' });
    // The request's own job finds nothing left to do.
    expect(await t.runDuplicateScan.execute(run.id)).toBeNull();
    expect(t.runs.runs).toHaveLength(2);
  });

  it('scans within the request where no job queue runs in this process', async () => {
    const t = setup(false);
    const { run, inBackground } = await t.requestDuplicateScan.execute(admin());
    expect(inBackground).toBe(false);
    expect(run).toMatchObject({ status: 'done', results: { organisation: { scanned: 6 } } });
    expect(t.scan.scannedKinds).toEqual(['organisation', 'person']);
  });

  it('marks a run that failed, with the error, so the administrator sees it', async () => {
    const t = setup();
    const { run } = await t.requestDuplicateScan.execute(admin());
    t.scan.failWith = new Error('database gone');
    await expect(t.runDuplicateScan.execute(run.id)).rejects.toThrow('database gone');
    expect(await t.latest.execute()).toMatchObject({ id: run.id, status: 'failed', error: 'database gone' });
  });

  it('marks a run whose process stopped as interrupted when the next one starts', async () => {
    const t = setup();
    const { run } = await t.requestDuplicateScan.execute(admin());
    await t.runs.update({ ...run, status: 'running', startedAt: t.kit.clock.now() });
    t.kit.clock.advance(60_000);
    const nightly = await t.runDuplicateScan.execute();
    expect(nightly?.trigger).toBe('schedule');
    expect(await t.runs.findById(run.id)).toMatchObject({ status: 'failed', error: INTERRUPTED_SCAN_ERROR });
  });
});
