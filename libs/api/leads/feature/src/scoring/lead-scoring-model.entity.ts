import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** One version of the scoring model; rows are only added, never changed (scores refer to them). */
@Entity({ name: 'lead_scoring_model' })
@Check('lead_scoring_model_source_check', `source IN ('standaard', 'beheerder', 'regressie')`)
export class LeadScoringModelEntity {
  @PrimaryColumn({ type: 'int' })
  version!: number;

  /** Weight per factor id. */
  @Column({ type: 'jsonb' })
  weights!: unknown;

  /** ScoringTargets: sectors, postcode areas, cities. */
  @Column({ type: 'jsonb' })
  targets!: unknown;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
