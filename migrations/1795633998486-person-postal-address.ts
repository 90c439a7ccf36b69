import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Persons get a postal address (stored as an organisation's postal address is). Its city is
 * searchable like an organisation's, so the trigram index takes the new search expression
 * (written by hand: it must equal SEARCH_TEXT in typeorm-person-repository.ts).
 */
export class PersonPostalAddress1795633998486 implements MigrationInterface {
  name = 'PersonPostalAddress1795633998486';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" ADD "postal_address" jsonb`);
    await queryRunner.query(`DROP INDEX "person_search_idx"`);
    await queryRunner.query(
      `CREATE INDEX "person_search_idx" ON "person" USING gin ((lower(coalesce(voornaam, '') || ' ' || coalesce(tussenvoegsel, '') || ' ' || achternaam || ' ' || coalesce(email, '') || ' ' || coalesce(postal_address ->> 'city', ''))) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "person_search_idx"`);
    await queryRunner.query(`CREATE INDEX "person_search_idx" ON "person" USING gin ((lower(coalesce(voornaam, '') || ' ' || coalesce(tussenvoegsel, '') || ' ' || achternaam || ' ' || coalesce(email, ''))) gin_trgm_ops)`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "postal_address"`);
  }
}
