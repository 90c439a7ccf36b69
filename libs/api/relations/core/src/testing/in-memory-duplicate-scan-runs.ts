import type { RollbackableStore } from '@gemeente-crm/api-kernel/testing';
import { type DuplicateScanRun, DuplicateScanRunRepository, DuplicateScanScheduler, isActiveScanRun } from '../duplicates/duplicate-scan-run.js';

export class InMemoryDuplicateScanRunRepository extends DuplicateScanRunRepository implements RollbackableStore {
  runs: DuplicateScanRun[] = [];

  async lockRequests(): Promise<void> {}

  async create(run: DuplicateScanRun): Promise<void> {
    this.runs.push(structuredClone(run));
  }

  async update(run: DuplicateScanRun): Promise<void> {
    this.runs = this.runs.map((stored) => (stored.id === run.id ? structuredClone(run) : stored));
  }

  async findById(id: string): Promise<DuplicateScanRun | null> {
    return structuredClone(this.runs.find((run) => run.id === id) ?? null);
  }

  async latest(): Promise<DuplicateScanRun | null> {
    return structuredClone(this.byRequestedAt().at(-1) ?? null);
  }

  async active(): Promise<DuplicateScanRun | null> {
    return structuredClone(this.byRequestedAt().filter(isActiveScanRun).at(-1) ?? null);
  }

  async oldestQueued(): Promise<DuplicateScanRun | null> {
    return structuredClone(this.byRequestedAt().find((run) => run.status === 'queued') ?? null);
  }

  async failInterrupted(exceptId: string, at: Date, error: string): Promise<number> {
    const interrupted = this.runs.filter((run) => run.status === 'running' && run.id !== exceptId);
    for (const run of interrupted) Object.assign(run, { status: 'failed', finishedAt: at, error });
    return interrupted.length;
  }

  snapshot(): () => void {
    const saved = structuredClone(this.runs);
    return () => {
      this.runs = saved;
    };
  }

  private byRequestedAt(): DuplicateScanRun[] {
    return [...this.runs].sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime());
  }
}

/** A job queue that only notes what it was given; `running` false is a process without one. */
export class RecordingDuplicateScanScheduler extends DuplicateScanScheduler {
  scheduled: string[] = [];

  constructor(public running = true) {
    super();
  }

  async schedule(runId: string): Promise<boolean> {
    if (!this.running) return false;
    this.scheduled.push(runId);
    return true;
  }
}
