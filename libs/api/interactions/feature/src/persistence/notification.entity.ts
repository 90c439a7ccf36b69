import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'notification' })
@Index('notification_recipient_idx', ['recipientId', 'createdAt'])
@Index('notification_unread_idx', ['recipientId'], { where: 'read_at IS NULL' })
// "Exactly once": a second replica's insert of the same reminder conflicts here and does nothing.
@Index('notification_dedupe_key', ['dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
export class NotificationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Staff user id (app_user.id). */
  @Column({ name: 'recipient_id', type: 'text' })
  recipientId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @Column({ name: 'object_type', type: 'text', nullable: true })
  objectType!: string | null;

  @Column({ name: 'object_id', type: 'text', nullable: true })
  objectId!: string | null;

  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
