import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LeadEntity } from './lead.entity.js';

/**
 * Append-only history of stage moves with timestamps, for time-in-stage and conversion
 * analysis. Stage ids are kept without a foreign key: the history outlives a removed stage.
 */
@Entity({ name: 'lead_stage_change' })
@Index('lead_stage_change_lead_idx', ['leadId', 'changedAt'])
@Index('lead_stage_change_pipeline_idx', ['pipelineId', 'changedAt'])
export class LeadStageChangeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  leadId!: string;

  @ManyToOne(() => LeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id' })
  lead?: LeadEntity;

  @Column({ name: 'pipeline_id', type: 'uuid' })
  pipelineId!: string;

  @Column({ name: 'from_stage_id', type: 'uuid', nullable: true })
  fromStageId!: string | null;

  @Column({ name: 'to_stage_id', type: 'uuid' })
  toStageId!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;
}
