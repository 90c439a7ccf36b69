import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A document's metadata; the bytes live in the DocumentContentStore (by default `document_content`). */
@Entity({ name: 'document' })
export class DocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'content_key', type: 'text' })
  contentKey!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'uploaded_by', type: 'text' })
  uploadedBy!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'archive_reason', type: 'text', nullable: true })
  archiveReason!: string | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
