import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ContactMomentEntity } from './contact-moment.entity.js';

/** An address as it appeared in an e-mail header. */
export interface EmailAddressColumn {
  address: string;
  name: string | null;
}

/**
 * The e-mail a contact moment was imported from: its headers, for the contact moment's detail
 * and for recognising the same message imported twice on the same relation.
 */
@Entity({ name: 'email_message' })
@Index('email_message_relation_key_idx', ['relationType', 'relationId', 'messageKey'], { unique: true })
export class EmailMessageEntity {
  @PrimaryColumn({ name: 'contact_moment_id', type: 'uuid' })
  contactMomentId!: string;

  @OneToOne(() => ContactMomentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_moment_id' })
  contactMoment?: ContactMomentEntity;

  /** The relation it was imported on. */
  @Column({ name: 'relation_type', type: 'text' })
  relationType!: string;

  @Column({ name: 'relation_id', type: 'uuid' })
  relationId!: string;

  /** `id:<Message-ID>`, or `hash:<sha256 of from, date and subject>` when the message has none. */
  @Column({ name: 'message_key', type: 'text' })
  messageKey!: string;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId!: string | null;

  @Column({ name: 'from_address', type: 'text' })
  fromAddress!: string;

  @Column({ name: 'from_name', type: 'text', nullable: true })
  fromName!: string | null;

  @Column({ name: 'to_addresses', type: 'jsonb', default: () => "'[]'" })
  toAddresses!: EmailAddressColumn[];

  @Column({ name: 'cc_addresses', type: 'jsonb', default: () => "'[]'" })
  ccAddresses!: EmailAddressColumn[];

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  /** The .eml or .msg file itself, kept as a document. */
  @Column({ name: 'original_document_id', type: 'uuid', nullable: true })
  originalDocumentId!: string | null;

  @Column({ name: 'attachment_document_ids', type: 'uuid', array: true, default: () => "'{}'" })
  attachmentDocumentIds!: string[];
}
