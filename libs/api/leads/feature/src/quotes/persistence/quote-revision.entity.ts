import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { QuoteEntity } from './quote.entity.js';

/** A sent revision of a quote, exactly as it went out; never updated. */
@Entity({ name: 'quote_revision' })
export class QuoteRevisionEntity {
  @PrimaryColumn({ name: 'quote_id', type: 'uuid' })
  quoteId!: string;

  @PrimaryColumn({ type: 'int' })
  revision!: number;

  @ManyToOne(() => QuoteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'quote_id' })
  quote?: QuoteEntity;

  @Column({ name: 'quote_date', type: 'date' })
  quoteDate!: string;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'jsonb' })
  lines!: unknown;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ name: 'sent_by', type: 'text' })
  sentBy!: string;
}
