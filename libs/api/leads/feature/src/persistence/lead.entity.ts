import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PipelineStageEntity } from './pipeline-stage.entity.js';
import { PipelineEntity } from './pipeline.entity.js';

@Entity({ name: 'lead' })
@Check('lead_status_check', `status IN ('open', 'won', 'lost')`)
@Check('lead_relation_type_check', `relation_type IN ('organisation', 'person')`)
@Check('lead_probability_check', 'probability BETWEEN 0 AND 100')
@Check('lead_expected_value_check', 'expected_value_cents >= 0')
// A won lead says what was won, a lost one why; an open one neither.
@Check('lead_outcome_check', `(status = 'won') = (won_description IS NOT NULL) AND (status = 'lost') = (lost_reason_code IS NOT NULL)`)
// The board: open leads per stage, longest in the stage first.
@Index('lead_board_idx', ['stageId', 'stageEnteredAt'], { where: `status = 'open'` })
@Index('lead_pipeline_idx', ['pipelineId', 'createdAt'])
@Index('lead_relation_idx', ['relationType', 'relationId'])
@Index('lead_owner_idx', ['ownerId', 'createdAt'], { where: 'owner_id IS NOT NULL' })
@Index('lead_created_idx', ['createdAt', 'id'])
export class LeadEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'relation_type', type: 'text' })
  relationType!: string;

  @Column({ name: 'relation_id', type: 'uuid' })
  relationId!: string;

  @Column({ name: 'source_code', type: 'text', nullable: true })
  sourceCode!: string | null;

  /** Staff user id (app_user.id). */
  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;

  /** Euro cents; bigint because investments exceed what an int holds. */
  @Column({ name: 'expected_value_cents', type: 'bigint', nullable: true })
  expectedValueCents!: string | null;

  @Column({ type: 'smallint', nullable: true })
  probability!: number | null;

  @Column({ name: 'expected_decision_date', type: 'date', nullable: true })
  expectedDecisionDate!: string | null;

  @Column({ name: 'next_action', type: 'text', nullable: true })
  nextAction!: string | null;

  @Column({ name: 'next_action_date', type: 'date', nullable: true })
  nextActionDate!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'pipeline_id', type: 'uuid' })
  pipelineId!: string;

  @ManyToOne(() => PipelineEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pipeline_id' })
  pipeline?: PipelineEntity;

  @Column({ name: 'stage_id', type: 'uuid' })
  stageId!: string;

  // RESTRICT: the database itself refuses to drop a stage that still has leads.
  @ManyToOne(() => PipelineStageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id' })
  stage?: PipelineStageEntity;

  @Column({ name: 'stage_entered_at', type: 'timestamptz' })
  stageEnteredAt!: Date;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'won_description', type: 'text', nullable: true })
  wonDescription!: string | null;

  @Column({ name: 'won_value_cents', type: 'bigint', nullable: true })
  wonValueCents!: string | null;

  @Column({ name: 'lost_reason_code', type: 'text', nullable: true })
  lostReasonCode!: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
