import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A staff member known from their access token; kept so records can name their owner. */
@Entity({ name: 'app_user' })
export class AppUserEntity {
  /** `<tenant id>:<object id>` from Entra ID. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: string[];

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;
}
