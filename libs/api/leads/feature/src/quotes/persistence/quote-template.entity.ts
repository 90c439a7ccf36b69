import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every version of the quote template; the highest is in use. No content means the default. */
@Entity({ name: 'quote_template' })
export class QuoteTemplateEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'int', unique: true })
  version!: number;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ type: 'bytea', nullable: true })
  content!: Buffer | null;

  @Column({ name: 'uploaded_by', type: 'text' })
  uploadedBy!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
