import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { UseCase } from '../shared/use-case.js';
import { DUPLICATE_SCAN_AUDIT_OBJECT_TYPE, type DuplicateScanRun, DuplicateScanRunRepository, DuplicateScanScheduler } from './duplicate-scan-run.js';
import { RunDuplicateScan } from './run-duplicate-scan.js';

export interface DuplicateScanRequest {
  run: DuplicateScanRun;
  /** False when the scan ran within the request (no job queue in this process). */
  inBackground: boolean;
}

/**
 * "Nu opnieuw zoeken": queues a scan run for the job queue, or hands back the run already
 * queued or running (one scan at a time is enough). Audited: who asked, when. Where the
 * queue does not run in this process the scan runs right away, within the request.
 */
@UseCase()
export class RequestDuplicateScan {
  constructor(
    private readonly runs: DuplicateScanRunRepository,
    private readonly scheduler: DuplicateScanScheduler,
    private readonly runDuplicateScan: RunDuplicateScan,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(context: ChangeContext): Promise<DuplicateScanRequest> {
    const requested = await this.transactions.run(async () => {
      await this.runs.lockRequests();
      const active = await this.runs.active();
      if (active) return { run: active, inBackground: true, created: false };
      const run: DuplicateScanRun = {
        id: randomUUID(),
        trigger: 'request',
        requestedBy: { id: context.actor.id, name: context.actor.displayName },
        requestedAt: this.clock.now(),
        startedAt: null,
        finishedAt: null,
        status: 'queued',
        results: {},
        error: null,
      };
      await this.runs.create(run);
      await this.auditLog.record({
        action: 'create',
        objectType: DUPLICATE_SCAN_AUDIT_OBJECT_TYPE,
        objectId: run.id,
        changes: { status: { old: null, new: 'queued' } },
        context,
      });
      return { run, inBackground: await this.scheduler.schedule(run.id), created: true };
    });
    if (requested.inBackground || !requested.created) return { run: requested.run, inBackground: true };
    // No job queue here: run it now, after the run record committed, as before there was one.
    const finished = await this.runDuplicateScan.execute(requested.run.id);
    return { run: finished ?? requested.run, inBackground: false };
  }
}
