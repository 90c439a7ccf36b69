import type { Address } from '@gemeente-crm/relations-core';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'person' })
// Trigram index on the search expression: created in the migration.
@Index('person_search_idx', { synchronize: false })
@Index('person_name_active_idx', { synchronize: false })
@Index('person_email_idx', ['email'])
// Duplicate detection (hand-written in the migration: expression, partial, trigram).
@Index('person_email_lower_idx', { synchronize: false })
@Index('person_name_key_trgm_idx', { synchronize: false })
@Index('person_merged_into_idx', { synchronize: false })
@Index('person_bsn_hash_idx', ['bsnHash'], { unique: true, where: 'bsn_hash IS NOT NULL' })
export class PersonEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text', nullable: true })
  voornaam!: string | null;

  @Column({ type: 'text', nullable: true })
  tussenvoegsel!: string | null;

  @Column({ type: 'text' })
  achternaam!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** Stored as an organisation's postal address is: one JSON value, replaced as a whole. */
  @Column({ name: 'postal_address', type: 'jsonb', nullable: true })
  postalAddress!: Address | null;

  /** AES-256-GCM ciphertext of the BSN (iv | tag | data); never stored in plain text. */
  @Column({ name: 'bsn_encrypted', type: 'bytea', nullable: true })
  bsnEncrypted!: Buffer | null;

  /** Keyed hash of the BSN, to find a resident by BSN and keep BSNs unique without decrypting. */
  @Column({ name: 'bsn_hash', type: 'char', length: 64, nullable: true })
  bsnHash!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'archive_reason', type: 'text', nullable: true })
  archiveReason!: string | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Set when this person was merged into another one (they are then also archived). */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

}
