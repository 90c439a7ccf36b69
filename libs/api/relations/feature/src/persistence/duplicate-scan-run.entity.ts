import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One run of the duplicate scan (nightly or requested), with its progress and counts per kind. */
@Entity({ name: 'duplicate_scan_run' })
@Index('duplicate_scan_run_requested_idx', ['requestedAt'])
// Requests look for the run that is queued or running.
@Index('duplicate_scan_run_active_idx', ['status'], { where: `status IN ('queued', 'running')` })
export class DuplicateScanRunEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** 'schedule' or 'request'. */
  @Column({ type: 'text' })
  trigger!: string;

  @Column({ name: 'requested_by_id', type: 'text', nullable: true })
  requestedById!: string | null;

  @Column({ name: 'requested_by_name', type: 'text', nullable: true })
  requestedByName!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** queued, running, done or failed. */
  @Column({ type: 'text' })
  status!: string;

  /** Per kind: { scanned, pairs, removed }. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  results!: Record<string, { scanned: number; pairs: number; removed: number }>;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
