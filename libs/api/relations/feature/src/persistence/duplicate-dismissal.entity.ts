import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A pair staff marked "geen dubbel": never suggested again (the dismissal itself is audited). */
@Entity({ name: 'duplicate_dismissal' })
export class DuplicateDismissalEntity {
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @PrimaryColumn({ name: 'a_id', type: 'uuid' })
  aId!: string;

  @PrimaryColumn({ name: 'b_id', type: 'uuid' })
  bId!: string;

  @Column({ name: 'dismissed_at', type: 'timestamptz' })
  dismissedAt!: Date;

  @Column({ name: 'dismissed_by', type: 'text' })
  dismissedBy!: string;
}
