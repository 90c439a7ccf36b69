import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A department's pipeline; its stages are rows of `lead_pipeline_stage`. */
@Entity({ name: 'lead_pipeline' })
// Unique per department, case-insensitive: by hand in the migration.
@Index('lead_pipeline_name_key', { synchronize: false })
export class PipelineEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  department!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
