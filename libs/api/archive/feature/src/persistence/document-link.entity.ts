import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DocumentEntity } from './document.entity.js';

/**
 * What a document is filed on: one row per organisation, person, contact moment, and later
 * lead, quote, contract or complaint (one link model, like `interaction_link`).
 *
 * `uploaded_at` and `archived` repeat the document's, so a record's document list and its
 * timeline are read from this table's indexes alone. `on_timeline` is false for documents that
 * belong to a contact moment (e-mail attachments): the timeline shows them with the e-mail.
 */
@Entity({ name: 'document_link' })
@Check('document_link_object_type_check', `object_type IN ('organisation', 'person', 'contact-moment', 'lead', 'quote', 'contract', 'complaint')`)
@Index('document_link_list_idx', ['objectType', 'objectId', 'uploadedAt', 'documentId'])
@Index('document_link_timeline_idx', ['objectType', 'objectId', 'uploadedAt', 'documentId'], { where: 'NOT archived AND on_timeline' })
export class DocumentLinkEntity {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: DocumentEntity;

  @PrimaryColumn({ name: 'object_type', type: 'text' })
  objectType!: string;

  @PrimaryColumn({ name: 'object_id', type: 'uuid' })
  objectId!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  @Column({ name: 'on_timeline', type: 'boolean', default: true })
  onTimeline!: boolean;
}
