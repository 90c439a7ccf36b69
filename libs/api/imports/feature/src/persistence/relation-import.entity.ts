import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An uploaded sheet with its mapping and dry-run summary; the file is kept as uploaded. */
@Entity({ name: 'relation_import' })
@Index('relation_import_created_idx', ['createdAt'])
// Restarted replicas look for runs to resume.
@Index('relation_import_running_idx', ['status'], { where: `status = 'running'` })
export class RelationImportEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  format!: string;

  @Column({ name: 'file_size', type: 'int' })
  fileSize!: number;

  /** Not read with the record: it can be tens of megabytes. */
  @Column({ type: 'bytea', select: false })
  file!: Buffer;

  @Column({ type: 'jsonb' })
  headers!: string[];

  @Column({ name: 'sample_rows', type: 'jsonb' })
  sampleRows!: string[][];

  @Column({ name: 'row_count', type: 'int' })
  rowCount!: number;

  @Column({ type: 'jsonb' })
  mapping!: Record<string, string>;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'dry_run', type: 'jsonb', nullable: true })
  dryRun!: Record<string, unknown> | null;

  /** The uploader (id, name, roles): the run acts on their behalf. */
  @Column({ name: 'created_by', type: 'jsonb' })
  createdBy!: { id: string; displayName: string; roles: string[] };

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
