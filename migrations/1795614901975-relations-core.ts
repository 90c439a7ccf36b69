import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RelationsCore1795614901975 implements MigrationInterface {
  name = 'RelationsCore1795614901975';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL, "name" text NOT NULL, "kvk_number" character(8), "vestigingsnummer" character(12), "legal_form" text, "sbi_codes" text array NOT NULL DEFAULT '{}', "visiting_street" text, "visiting_house_number" text, "visiting_house_number_addition" text, "visiting_postcode" text, "visiting_city" text, "visiting_country" character(2), "postal_address" jsonb, "phone" text, "email" text, "website" text, "relation_types" text array NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "owner_id" text, "status" text NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "archive_reason" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "organisation_status_check" CHECK (status IN ('prospect', 'actief', 'inactief')), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "organisation_updated_at_idx" ON "organisation"  ("updated_at") `);
    await queryRunner.query(`CREATE INDEX "organisation_visiting_city_idx" ON "organisation"  ("visiting_city") `);
    await queryRunner.query(`CREATE INDEX "organisation_owner_idx" ON "organisation"  ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "organisation_status_idx" ON "organisation"  ("status") `);
    await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL, "voornaam" text, "tussenvoegsel" text, "achternaam" text NOT NULL, "email" text, "phone" text, "bsn_encrypted" bytea, "bsn_hash" character(64), "archived_at" TIMESTAMP WITH TIME ZONE, "archive_reason" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "person_bsn_hash_idx" ON "person"  ("bsn_hash") WHERE bsn_hash IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "person_email_idx" ON "person"  ("email") `);
    await queryRunner.query(`CREATE INDEX "person_achternaam_idx" ON "person"  ("achternaam") `);
    await queryRunner.query(`CREATE TABLE "contact_person" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "function" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_12d9c34f76290c4e2ad2aa5e33f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "contact_person_person_idx" ON "contact_person"  ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "contact_person_organisation_person_key" ON "contact_person"  ("organisation_id", "person_id") `);
    await queryRunner.query(`CREATE TABLE "relation_type" ("code" text NOT NULL, "label" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_d8f066d821202bd227adbd913fd" PRIMARY KEY ("code"))`);
    await queryRunner.query(`ALTER TABLE "contact_person" ADD CONSTRAINT "FK_b8e2ceef86801bcb40917da102c" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contact_person" ADD CONSTRAINT "FK_9d4efcf30dc5dfd71151de69209" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // Added by hand: search and filter indexes TypeORM cannot express (entities mark them synchronize: false).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "organisation_search_idx" ON "organisation" USING gin ((lower(name || ' ' || coalesce(kvk_number, '') || ' ' || coalesce(visiting_city, '') || ' ' || coalesce(email, ''))) gin_trgm_ops)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisation_kvk_key" ON "organisation" ("kvk_number", coalesce("vestigingsnummer", '')) WHERE kvk_number IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "organisation_relation_types_idx" ON "organisation" USING gin ("relation_types")`);
    await queryRunner.query(`CREATE INDEX "organisation_tags_idx" ON "organisation" USING gin ("tags")`);
    await queryRunner.query(`CREATE INDEX "person_search_idx" ON "person" USING gin ((lower(coalesce(voornaam, '') || ' ' || coalesce(tussenvoegsel, '') || ' ' || achternaam || ' ' || coalesce(email, ''))) gin_trgm_ops)`);
    // Added by hand: the relation types a new installation starts with; administrators change the list.
    await queryRunner.query(`INSERT INTO "relation_type" ("code", "label", "sort_order") VALUES ('klant', 'Klant', 10), ('partner', 'Partner', 20), ('leverancier', 'Leverancier', 30), ('subsidieontvanger', 'Subsidieontvanger', 40), ('inwoner', 'Inwoner', 50)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "person_search_idx"`);
    await queryRunner.query(`DROP INDEX "organisation_tags_idx"`);
    await queryRunner.query(`DROP INDEX "organisation_relation_types_idx"`);
    await queryRunner.query(`DROP INDEX "organisation_kvk_key"`);
    await queryRunner.query(`DROP INDEX "organisation_search_idx"`);
    await queryRunner.query(`ALTER TABLE "contact_person" DROP CONSTRAINT "FK_9d4efcf30dc5dfd71151de69209"`);
    await queryRunner.query(`ALTER TABLE "contact_person" DROP CONSTRAINT "FK_b8e2ceef86801bcb40917da102c"`);
    await queryRunner.query(`DROP TABLE "relation_type"`);
    await queryRunner.query(`DROP INDEX "public"."contact_person_organisation_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."contact_person_person_idx"`);
    await queryRunner.query(`DROP TABLE "contact_person"`);
    await queryRunner.query(`DROP INDEX "public"."person_achternaam_idx"`);
    await queryRunner.query(`DROP INDEX "public"."person_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."person_bsn_hash_idx"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_visiting_city_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_updated_at_idx"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
  }
}
