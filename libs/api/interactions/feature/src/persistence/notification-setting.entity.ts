import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One employee's notification preferences. */
@Entity({ name: 'notification_setting' })
export class NotificationSettingEntity {
  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'email_reminders', type: 'boolean', default: false })
  emailReminders!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
