import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicate detection, merging and the KvK registration check. Besides the generated columns
 * and tables: the name key function and the indexes duplicate lookups run on (see
 * docs/duplicates-and-merge.md). Every lookup is per record and bounded, so these indexes are
 * what keeps the scan linear at a million organisations.
 */

export class DuplicatesMergeKvkCheck1795623542028 implements MigrationInterface {
  name = 'DuplicatesMergeKvkCheck1795623542028';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "duplicate_dismissal" ("kind" text NOT NULL, "a_id" uuid NOT NULL, "b_id" uuid NOT NULL, "dismissed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "dismissed_by" text NOT NULL, CONSTRAINT "PK_8595374921099b97ba7cd36f7ae" PRIMARY KEY ("kind", "a_id", "b_id"))`);
    await queryRunner.query(`CREATE TABLE "duplicate_pair" ("kind" text NOT NULL, "a_id" uuid NOT NULL, "b_id" uuid NOT NULL, "score" real NOT NULL, "reasons" text array NOT NULL, "found_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_097daf9f3a522ecb6a62b654256" PRIMARY KEY ("kind", "a_id", "b_id"))`);
    await queryRunner.query(`CREATE INDEX "duplicate_pair_b_idx" ON "duplicate_pair"  ("b_id") `);
    await queryRunner.query(`CREATE INDEX "duplicate_pair_kind_score_idx" ON "duplicate_pair"  ("kind", "score") `);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "merged_into_id" uuid`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "kvk_status" text`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "kvk_checked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "person" ADD "merged_into_id" uuid`);
    // Hand-written: what TypeORM cannot express.
    await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "organisation_kvk_status_check" CHECK (kvk_status IN ('ingeschreven', 'uitgeschreven', 'onbekend'))`);
    // A name reduced to what tells organisations apart: lower case, punctuation and legal-form
    // words (bv, stichting...) and articles removed, so "De Korenschoof B.V." ~ "Korenschoof".
    await queryRunner.query(`CREATE FUNCTION relation_name_key(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT btrim(regexp_replace(regexp_replace(regexp_replace(lower(name), '[^[:alnum:]]+', ' ', 'g'),
        '\\m(b v|n v|v o f|c v|bv|nv|vof|cv|stichting|vereniging|holding|de|het|the)\\M', ' ', 'g'), '\\s+', ' ', 'g'))
    $$`);
    // GiST (not GIN): it answers "nearest names first" (ORDER BY key <-> probe LIMIT n), so a
    // lookup reads a handful of index entries however common the words in the name are.
    await queryRunner.query(`CREATE INDEX "organisation_name_key_trgm_idx" ON "organisation" USING gist ((relation_name_key(name)) gist_trgm_ops) WHERE archived_at IS NULL`);
    // The same for organisations without an address: a probe with a postcode only looks for
    // similar names among those (elsewhere the same name is a chain or a namesake), and this
    // small index keeps that lookup cheap however common the name.
    await queryRunner.query(`CREATE INDEX "organisation_name_key_no_postcode_idx" ON "organisation" USING gist ((relation_name_key(name)) gist_trgm_ops) WHERE archived_at IS NULL AND visiting_postcode IS NULL`);
    await queryRunner.query(`CREATE INDEX "organisation_postcode_idx" ON "organisation" ("visiting_postcode") WHERE archived_at IS NULL AND visiting_postcode IS NOT NULL`);
    // The KvK check takes the oldest-checked organisations with a KvK number first.
    await queryRunner.query(`CREATE INDEX "organisation_kvk_check_idx" ON "organisation" ("kvk_checked_at" NULLS FIRST, "id") WHERE kvk_number IS NOT NULL AND archived_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "organisation_merged_into_idx" ON "organisation" ("merged_into_id") WHERE merged_into_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "person_email_lower_idx" ON "person" (lower("email")) WHERE archived_at IS NULL AND email IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "person_name_key_trgm_idx" ON "person" USING gist ((relation_name_key(coalesce(voornaam, '') || ' ' || coalesce(tussenvoegsel, '') || ' ' || achternaam)) gist_trgm_ops) WHERE archived_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "person_merged_into_idx" ON "person" ("merged_into_id") WHERE merged_into_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "person_merged_into_idx"`);
    await queryRunner.query(`DROP INDEX "person_name_key_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "person_email_lower_idx"`);
    await queryRunner.query(`DROP INDEX "organisation_merged_into_idx"`);
    await queryRunner.query(`DROP INDEX "organisation_kvk_check_idx"`);
    await queryRunner.query(`DROP INDEX "organisation_postcode_idx"`);
    await queryRunner.query(`DROP INDEX "organisation_name_key_no_postcode_idx"`);
    await queryRunner.query(`DROP INDEX "organisation_name_key_trgm_idx"`);
    await queryRunner.query(`DROP FUNCTION relation_name_key(text)`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "organisation_kvk_status_check"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "merged_into_id"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "kvk_checked_at"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "kvk_status"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "merged_into_id"`);
    await queryRunner.query(`DROP INDEX "public"."duplicate_pair_kind_score_idx"`);
    await queryRunner.query(`DROP INDEX "public"."duplicate_pair_b_idx"`);
    await queryRunner.query(`DROP TABLE "duplicate_pair"`);
    await queryRunner.query(`DROP TABLE "duplicate_dismissal"`);
  }
}
