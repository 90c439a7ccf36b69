import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RelationImportEntity } from './relation-import.entity.js';

/**
 * The run's ledger: one row per imported sheet row, written in the transaction that writes the
 * row's records. The primary key (import, row number) is what makes a resumed run idempotent.
 */
@Entity({ name: 'relation_import_row' })
export class RelationImportRowEntity {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @ManyToOne(() => RelationImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  relationImport?: RelationImportEntity;

  @PrimaryColumn({ name: 'row_number', type: 'int' })
  rowNumber!: number;

  /** created | updated | skipped | failed; `pending` only inside the row's own transaction. */
  @Column({ type: 'text' })
  outcome!: string;

  @Column({ type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;

  @Column({ name: 'done_at', type: 'timestamptz' })
  doneAt!: Date;
}
