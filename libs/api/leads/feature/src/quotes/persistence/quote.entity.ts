import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LeadEntity } from '../../persistence/lead.entity.js';

@Entity({ name: 'quote' })
@Check('quote_status_check', `status IN ('concept', 'verzonden', 'geaccepteerd', 'afgewezen')`)
@Check('quote_revision_check', 'revision >= 1')
@Check('quote_validity_check', 'valid_until >= quote_date')
// A sent quote has a sender; a decided one a moment of decision.
@Check('quote_sent_check', `(status = 'concept') = (sent_at IS NULL)`)
@Check('quote_decided_check', `(status IN ('geaccepteerd', 'afgewezen')) = (decided_at IS NOT NULL)`)
// The quotes tab of a lead, newest first.
@Index('quote_lead_idx', ['leadId', 'createdAt'])
export class QuoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  leadId!: string;

  @ManyToOne(() => LeadEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_id' })
  lead?: LeadEntity;

  /** OF-2026-0001; unique across all years. */
  @Index('quote_number_key', { unique: true })
  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'quote_date', type: 'date' })
  quoteDate!: string;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** The lines as a value of the quote: [{ description, quantityMilli, unitPriceCents, vatRate }]. */
  @Column({ type: 'jsonb' })
  lines!: unknown;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'sent_by', type: 'text', nullable: true })
  sentBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
