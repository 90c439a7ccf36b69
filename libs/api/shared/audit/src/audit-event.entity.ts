import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row of the append-only audit trail. The table refuses UPDATE, DELETE and TRUNCATE
 * (see the migration), and each row carries the hash of its predecessor.
 */
@Entity({ name: 'audit_event' })
@Index('audit_event_object_idx', ['objectType', 'objectId', 'id'])
@Index('audit_event_actor_idx', ['actorId', 'id'])
@Index('audit_event_occurred_at_idx', ['occurredAt'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'object_type', type: 'text' })
  objectType!: string;

  @Column({ name: 'object_id', type: 'text' })
  objectId!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text', nullable: true })
  client!: string | null;

  @Column({ name: 'previous_hash', type: 'char', length: 64 })
  previousHash!: string;

  @Column({ type: 'char', length: 64, unique: true })
  hash!: string;
}
