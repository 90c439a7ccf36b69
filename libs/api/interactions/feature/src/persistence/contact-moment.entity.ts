import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'contact_moment' })
@Check('contact_moment_channel_check', `channel IN ('telefoon', 'e-mail', 'bezoek', 'brief', 'overleg', 'chat', 'anders')`)
@Check('contact_moment_direction_check', `direction IN ('inkomend', 'uitgaand')`)
// GIN indexes TypeORM cannot express (participants, full-text search): created in the migration.
@Index('contact_moment_participants_idx', { synchronize: false })
@Index('contact_moment_search_idx', { synchronize: false })
// Lists without a relation filter: newest first.
@Index('contact_moment_occurred_at_idx', ['occurredAt', 'id'])
export class ContactMomentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'text' })
  direction!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  subject!: string;

  /** Sanitised HTML. */
  @Column({ name: 'notes_html', type: 'text', nullable: true })
  notesHtml!: string | null;

  /** Plain text of the notes, for search and lists. */
  @Column({ name: 'notes_text', type: 'text', nullable: true })
  notesText!: string | null;

  /** Staff user ids (app_user.id) of the employees who took part. */
  @Column({ name: 'participant_ids', type: 'text', array: true, default: () => "'{}'" })
  participantIds!: string[];

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'archive_reason', type: 'text', nullable: true })
  archiveReason!: string | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
