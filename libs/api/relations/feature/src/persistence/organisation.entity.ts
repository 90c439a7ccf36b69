import type { Address } from '@gemeente-crm/relations-core';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'organisation' })
@Check('organisation_status_check', `status IN ('prospect', 'actief', 'inactief')`)
@Check('organisation_kvk_status_check', `kvk_status IN ('ingeschreven', 'uitgeschreven', 'onbekend')`)
// Trigram, array and expression indexes TypeORM cannot express: created in the migration.
@Index('organisation_search_idx', { synchronize: false })
@Index('organisation_kvk_key', { synchronize: false })
@Index('organisation_relation_types_idx', { synchronize: false })
@Index('organisation_tags_idx', { synchronize: false })
@Index('organisation_name_active_idx', { synchronize: false })
@Index('organisation_city_idx', { synchronize: false })
// Duplicate detection and the KvK check (hand-written in the migration: expression, partial, trigram).
@Index('organisation_name_key_trgm_idx', { synchronize: false })
@Index('organisation_name_key_no_postcode_idx', { synchronize: false })
@Index('organisation_postcode_idx', { synchronize: false })
@Index('organisation_kvk_check_idx', { synchronize: false })
@Index('organisation_merged_into_idx', { synchronize: false })
@Index('organisation_status_idx', ['status'])
@Index('organisation_owner_idx', ['ownerId'])
@Index('organisation_updated_at_idx', ['updatedAt'])
export class OrganisationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'kvk_number', type: 'char', length: 8, nullable: true })
  kvkNumber!: string | null;

  @Column({ type: 'char', length: 12, nullable: true })
  vestigingsnummer!: string | null;

  @Column({ name: 'legal_form', type: 'text', nullable: true })
  legalForm!: string | null;

  @Column({ name: 'sbi_codes', type: 'text', array: true, default: () => "'{}'" })
  sbiCodes!: string[];

  @Column({ name: 'visiting_street', type: 'text', nullable: true })
  visitingStreet!: string | null;

  @Column({ name: 'visiting_house_number', type: 'text', nullable: true })
  visitingHouseNumber!: string | null;

  @Column({ name: 'visiting_house_number_addition', type: 'text', nullable: true })
  visitingHouseNumberAddition!: string | null;

  @Column({ name: 'visiting_postcode', type: 'text', nullable: true })
  visitingPostcode!: string | null;

  @Column({ name: 'visiting_city', type: 'text', nullable: true })
  visitingCity!: string | null;

  @Column({ name: 'visiting_country', type: 'char', length: 2, nullable: true })
  visitingCountry!: string | null;

  @Column({ name: 'postal_address', type: 'jsonb', nullable: true })
  postalAddress!: Address | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ name: 'relation_types', type: 'text', array: true, default: () => "'{}'" })
  relationTypes!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'archive_reason', type: 'text', nullable: true })
  archiveReason!: string | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Set when this organisation was merged into another one (it is then also archived). */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  /** What the KvK check last reported: 'ingeschreven', 'uitgeschreven' or 'onbekend' (not found). */
  @Column({ name: 'kvk_status', type: 'text', nullable: true })
  kvkStatus!: string | null;

  @Column({ name: 'kvk_checked_at', type: 'timestamptz', nullable: true })
  kvkCheckedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

}
