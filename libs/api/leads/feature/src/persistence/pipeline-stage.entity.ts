import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PipelineEntity } from './pipeline.entity.js';

/** A stage (column) of a pipeline. Leads point at it with a restricting foreign key. */
@Entity({ name: 'lead_pipeline_stage' })
@Check('lead_pipeline_stage_probability_check', 'default_probability BETWEEN 0 AND 100')
@Index('lead_pipeline_stage_pipeline_idx', ['pipelineId', 'position'])
export class PipelineStageEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'pipeline_id', type: 'uuid' })
  pipelineId!: string;

  @ManyToOne(() => PipelineEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pipeline_id' })
  pipeline?: PipelineEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'default_probability', type: 'int' })
  defaultProbability!: number;

  /** Lead field names (REQUIRABLE_LEAD_FIELDS). */
  @Column({ name: 'required_fields', type: 'text', array: true, default: '{}' })
  requiredFields!: string[];
}
