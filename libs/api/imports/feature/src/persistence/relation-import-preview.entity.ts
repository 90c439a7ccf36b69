import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RelationImportEntity } from './relation-import.entity.js';

/** The dry run's plan of one row, with the row's input as the run will use it. */
@Entity({ name: 'relation_import_preview' })
// The results table filtered by action, in row order.
@Index('relation_import_preview_action_idx', ['importId', 'action', 'rowNumber'])
export class RelationImportPreviewEntity {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @ManyToOne(() => RelationImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  relationImport?: RelationImportEntity;

  @PrimaryColumn({ name: 'row_number', type: 'int' })
  rowNumber!: number;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'jsonb' })
  plan!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  input!: Record<string, unknown>;
}
