import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (TypeORM cannot express expression or partial indexes): lists sort by
 * lower-cased name among active records, and filter on city case-insensitively. With these,
 * a page of a broad search at a million organisations is read in index order and stops early.
 */
export class ListIndexes1795616450205 implements MigrationInterface {
  name = 'ListIndexes1795616450205';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "organisation_visiting_city_idx"`);
    await queryRunner.query(`CREATE INDEX "organisation_city_idx" ON "organisation" (lower("visiting_city"))`);
    await queryRunner.query(`CREATE INDEX "organisation_name_active_idx" ON "organisation" (lower("name"), "id") WHERE "archived_at" IS NULL`);
    await queryRunner.query(`DROP INDEX "person_achternaam_idx"`);
    await queryRunner.query(`CREATE INDEX "person_name_active_idx" ON "person" (lower("achternaam"), lower("voornaam"), "id") WHERE "archived_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "person_name_active_idx"`);
    await queryRunner.query(`CREATE INDEX "person_achternaam_idx" ON "person" ("achternaam")`);
    await queryRunner.query(`DROP INDEX "organisation_name_active_idx"`);
    await queryRunner.query(`DROP INDEX "organisation_city_idx"`);
    await queryRunner.query(`CREATE INDEX "organisation_visiting_city_idx" ON "organisation" ("visiting_city")`);
  }
}
