import type { RelationKind } from './merged-relation-references.js';

export const DUPLICATE_SCAN_TRIGGERS = ['schedule', 'request'] as const;
/** The nightly schedule or a functional administrator's "Nu opnieuw zoeken". */
export type DuplicateScanTrigger = (typeof DUPLICATE_SCAN_TRIGGERS)[number];

export const DUPLICATE_SCAN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type DuplicateScanStatus = (typeof DUPLICATE_SCAN_STATUSES)[number];

/** What a run did for one kind of relation. */
export interface DuplicateScanCounts {
  scanned: number;
  pairs: number;
  removed: number;
}

/** The `objectType` under which requested scans appear in the audit trail. */
export const DUPLICATE_SCAN_AUDIT_OBJECT_TYPE = 'duplicate-scan-run';

/**
 * One run of the duplicate scan, so the list can say when it was last computed and a
 * requested run can be followed while the job queue works on it.
 */
export interface DuplicateScanRun {
  id: string;
  trigger: DuplicateScanTrigger;
  /** Who asked for it; null for the nightly run. */
  requestedBy: { id: string; name: string } | null;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  status: DuplicateScanStatus;
  /** Filled per kind as each kind finishes. */
  results: Partial<Record<RelationKind, DuplicateScanCounts>>;
  error: string | null;
}

export function isActiveScanRun(run: DuplicateScanRun): boolean {
  return run.status === 'queued' || run.status === 'running';
}

/** The stored scan runs. */
export abstract class DuplicateScanRunRepository {
  /**
   * Serialises requests for a scan until the current transaction ends, so two administrators
   * clicking at once get one run.
   */
  abstract lockRequests(): Promise<void>;

  abstract create(run: DuplicateScanRun): Promise<void>;

  abstract update(run: DuplicateScanRun): Promise<void>;

  abstract findById(id: string): Promise<DuplicateScanRun | null>;

  /** The most recently requested run, whatever its status. */
  abstract latest(): Promise<DuplicateScanRun | null>;

  /** The queued or running run, if any (the newest one). */
  abstract active(): Promise<DuplicateScanRun | null>;

  /** The longest waiting queued run, if any. */
  abstract oldestQueued(): Promise<DuplicateScanRun | null>;

  /** Marks runs still 'running' (other than `exceptId`) as failed: their process stopped before they finished. */
  abstract failInterrupted(exceptId: string, at: Date, error: string): Promise<number>;
}

/**
 * Hands a run to the background job queue, in the caller's transaction. False when the queue
 * does not run in this process (JOBS_ENABLED=false): the caller then runs the scan itself.
 */
export abstract class DuplicateScanScheduler {
  abstract schedule(runId: string): Promise<boolean>;
}
