import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The bytes of documents, by content key (`sha256:<hex>`), in a table of their own so that no
 * query over documents ever reads them by accident. PostgreSQL stores large values out of line
 * (TOAST) and compressed where that helps.
 */
@Entity({ name: 'document_content' })
export class DocumentContentEntity {
  @PrimaryColumn({ name: 'content_key', type: 'text' })
  contentKey!: string;

  @Column({ type: 'bytea' })
  data!: Buffer;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
