import { randomUUID } from 'node:crypto';
import { Clock } from '@gemeente-crm/api-kernel';
import { UseCase } from '../shared/use-case.js';
import { type DuplicateScanRun, DuplicateScanRunRepository } from './duplicate-scan-run.js';
import { RELATION_KINDS } from './merged-relation-references.js';
import { ScanDuplicates } from './scan-duplicates.js';

/** Shown to the administrator when a run's process stopped before it finished. */
export const INTERRUPTED_SCAN_ERROR = 'De zoekronde is onderbroken (de server is herstart); start hem opnieuw.';

/**
 * Carries out a scan run: the queued one (a request), or a new one for the nightly schedule.
 * Records when it started and finished and what each kind yielded, so the list can show it.
 */
@UseCase()
export class RunDuplicateScan {
  constructor(
    private readonly runs: DuplicateScanRunRepository,
    private readonly scanDuplicates: ScanDuplicates,
    private readonly clock: Clock,
  ) {}

  /**
   * `runId` names the requested run; without one (the schedule) a queued request is taken
   * first — the queue keeps one waiting job, so a request may ride on a scheduled job — and
   * otherwise a 'schedule' run is recorded. Returns null when there was nothing to do.
   */
  async execute(runId?: string): Promise<DuplicateScanRun | null> {
    const run = await this.claim(runId);
    if (!run) return null;
    // The queue runs one scan job at a time, so any other run still 'running' lost its process.
    await this.runs.failInterrupted(run.id, this.clock.now(), INTERRUPTED_SCAN_ERROR);
    let current: DuplicateScanRun = { ...run, status: 'running', startedAt: this.clock.now(), results: {}, error: null };
    await this.runs.update(current);
    try {
      for (const kind of RELATION_KINDS) {
        const [result] = await this.scanDuplicates.execute([kind]);
        if (!result) continue;
        current = { ...current, results: { ...current.results, [kind]: { scanned: result.scanned, pairs: result.pairs, removed: result.removed } } };
        await this.runs.update(current);
      }
      current = { ...current, status: 'done', finishedAt: this.clock.now() };
    } catch (error) {
      current = { ...current, status: 'failed', finishedAt: this.clock.now(), error: error instanceof Error ? error.message : String(error) };
      await this.runs.update(current);
      throw error;
    }
    await this.runs.update(current);
    return current;
  }

  private async claim(runId: string | undefined): Promise<DuplicateScanRun | null> {
    if (runId) {
      const requested = await this.runs.findById(runId);
      // Already done (taken along by a scheduled job): nothing left. A retry after a crash finds it 'running'.
      if (requested && (requested.status === 'queued' || requested.status === 'running')) return requested;
      return this.runs.oldestQueued();
    }
    const queued = await this.runs.oldestQueued();
    if (queued) return queued;
    const run: DuplicateScanRun = {
      id: randomUUID(),
      trigger: 'schedule',
      requestedBy: null,
      requestedAt: this.clock.now(),
      startedAt: null,
      finishedAt: null,
      status: 'queued',
      results: {},
      error: null,
    };
    await this.runs.create(run);
    return run;
  }
}
