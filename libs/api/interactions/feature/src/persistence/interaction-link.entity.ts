import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ContactMomentEntity } from './contact-moment.entity.js';

/**
 * What a contact moment is about: one row per linked organisation, person, and later lead,
 * contract or complaint — one link model instead of a column per domain (Klantinteracties).
 *
 * `occurred_at` and `archived` repeat the contact moment's, so a relation's timeline is read
 * from this table's index alone, newest first, before any contact moment row is touched. The
 * repository rewrites the links whenever the moment changes, which keeps the copies in step.
 */
@Entity({ name: 'interaction_link' })
@Check('interaction_link_object_type_check', `object_type IN ('organisation', 'person', 'lead', 'contract', 'complaint')`)
@Index('interaction_link_timeline_idx', ['objectType', 'objectId', 'occurredAt', 'contactMomentId'], { where: 'NOT archived' })
// The timeline's e-mail and contact-moment branches: each an index-only scan of its own half.
@Index('interaction_link_kind_timeline_idx', ['objectType', 'objectId', 'isEmail', 'occurredAt', 'contactMomentId'], { where: 'NOT archived' })
export class InteractionLinkEntity {
  @PrimaryColumn({ name: 'contact_moment_id', type: 'uuid' })
  contactMomentId!: string;

  @ManyToOne(() => ContactMomentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_moment_id' })
  contactMoment?: ContactMomentEntity;

  @PrimaryColumn({ name: 'object_type', type: 'text' })
  objectType!: string;

  @PrimaryColumn({ name: 'object_id', type: 'uuid' })
  objectId!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  /** The contact moment was imported from an e-mail (it has an `email_message`): the timeline shows it as an e-mail. */
  @Column({ name: 'is_email', type: 'boolean', default: false })
  isEmail!: boolean;
}
