import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A likely duplicate pair found by the duplicate scan. Recomputed per record, never by
 * comparing all pairs; `a_id` < `b_id` so every pair is stored once.
 */
@Entity({ name: 'duplicate_pair' })
@Index('duplicate_pair_kind_score_idx', ['kind', 'score'])
@Index('duplicate_pair_b_idx', ['bId'])
export class DuplicatePairEntity {
  /** 'organisation' or 'person'. */
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @PrimaryColumn({ name: 'a_id', type: 'uuid' })
  aId!: string;

  @PrimaryColumn({ name: 'b_id', type: 'uuid' })
  bId!: string;

  @Column({ type: 'real' })
  score!: number;

  @Column({ type: 'text', array: true })
  reasons!: string[];

  @Column({ name: 'found_at', type: 'timestamptz' })
  foundAt!: Date;
}
