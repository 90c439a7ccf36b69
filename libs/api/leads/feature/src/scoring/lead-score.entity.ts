import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { LeadEntity } from '../persistence/lead.entity.js';

/**
 * The latest score of a lead, with the model version that produced it and the contributions
 * that explain it. Derived data: it can be recomputed at any time, and goes with its lead.
 */
@Entity({ name: 'lead_score' })
@Check('lead_score_range_check', 'score BETWEEN 0 AND 100')
// Lists sorted by score, highest first.
@Index('lead_score_score_idx', ['score', 'leadId'])
export class LeadScoreEntity {
  @PrimaryColumn({ name: 'lead_id', type: 'uuid' })
  leadId!: string;

  @OneToOne(() => LeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id' })
  lead?: LeadEntity;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ name: 'model_version', type: 'int' })
  modelVersion!: number;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;

  /** ScoreContribution[]: factor id, signed points, Dutch explanation; largest first. */
  @Column({ type: 'jsonb' })
  contributions!: unknown;
}
