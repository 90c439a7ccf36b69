import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { QuoteEntity } from './quote.entity.js';

/** A document generated from a quote; the file itself is in the archive (`document_id`). */
@Entity({ name: 'quote_document' })
@Check('quote_document_format_check', `format IN ('docx', 'pdf')`)
@Index('quote_document_quote_idx', ['quoteId', 'createdAt'])
export class QuoteDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'quote_id', type: 'uuid' })
  quoteId!: string;

  @ManyToOne(() => QuoteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'quote_id' })
  quote?: QuoteEntity;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'text' })
  format!: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
