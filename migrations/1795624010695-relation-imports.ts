import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The import wizard: imports with their file, the dry run per row, the run's ledger, mapping presets. */
export class RelationImports1795624010695 implements MigrationInterface {
  name = 'RelationImports1795624010695';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "import_mapping_preset" ("id" uuid NOT NULL, "name" text NOT NULL, "mapping" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9d81a592de40a29ab7c0a3bd2f0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "import_mapping_preset_name_key" ON "import_mapping_preset"  ("name") `);
    await queryRunner.query(`CREATE TABLE "relation_import" ("id" uuid NOT NULL, "file_name" text NOT NULL, "format" text NOT NULL, "file_size" integer NOT NULL, "file" bytea NOT NULL, "headers" jsonb NOT NULL, "sample_rows" jsonb NOT NULL, "row_count" integer NOT NULL, "mapping" jsonb NOT NULL, "status" text NOT NULL, "dry_run" jsonb, "created_by" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_43a142a60e94448b3af25d77d8e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "relation_import_running_idx" ON "relation_import"  ("status") WHERE status = 'running'`);
    await queryRunner.query(`CREATE INDEX "relation_import_created_idx" ON "relation_import"  ("created_at") `);
    await queryRunner.query(`CREATE TABLE "relation_import_preview" ("import_id" uuid NOT NULL, "row_number" integer NOT NULL, "action" text NOT NULL, "plan" jsonb NOT NULL, "input" jsonb NOT NULL, CONSTRAINT "PK_d5d0dc05c7269fc3091f0e92ab1" PRIMARY KEY ("import_id", "row_number"))`);
    await queryRunner.query(`CREATE INDEX "relation_import_preview_action_idx" ON "relation_import_preview"  ("import_id", "action", "row_number") `);
    await queryRunner.query(`CREATE TABLE "relation_import_row" ("import_id" uuid NOT NULL, "row_number" integer NOT NULL, "outcome" text NOT NULL, "result" jsonb, "done_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9e6953e0522e8c25d22fb261ead" PRIMARY KEY ("import_id", "row_number"))`);
    await queryRunner.query(`ALTER TABLE "relation_import_preview" ADD CONSTRAINT "FK_d0f571283fddc51873822b80f36" FOREIGN KEY ("import_id") REFERENCES "relation_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "relation_import_row" ADD CONSTRAINT "FK_0ed1e151f56aaa8dc286b933b59" FOREIGN KEY ("import_id") REFERENCES "relation_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Two example presets for the sources 's-Hertogenbosch imports from (hand-written).
    await queryRunner.query(
      `INSERT INTO "import_mapping_preset" ("id", "name", "mapping", "created_at", "updated_at") VALUES ($1, $2, $3, now(), now()), ($4, $5, $6, now(), now())`,
      [
        '5d0f8a64-5a4e-4c1b-9d52-3e1c7f0a0e01',
        'Exact relaties',
        JSON.stringify({
          'Naam': 'organisation.name',
          'KvK-nummer': 'organisation.kvkNumber',
          'Vestigingsnummer': 'organisation.vestigingsnummer',
          'Rechtsvorm': 'organisation.legalForm',
          'SBI-code': 'organisation.sbiCodes',
          'Adres': 'organisation.visitingAddress.street',
          'Huisnummer': 'organisation.visitingAddress.houseNumber',
          'Postcode': 'organisation.visitingAddress.postcode',
          'Plaats': 'organisation.visitingAddress.city',
          'Land': 'organisation.visitingAddress.country',
          'E-mail': 'organisation.email',
          'Telefoon': 'organisation.phone',
          'Website': 'organisation.website',
          'Relatietype': 'organisation.relationTypes',
          'Accountmanager': 'organisation.owner',
          'Contactpersoon voornaam': 'person.voornaam',
          'Contactpersoon tussenvoegsel': 'person.tussenvoegsel',
          'Contactpersoon achternaam': 'person.achternaam',
          'Contactpersoon e-mail': 'person.email',
          'Contactpersoon telefoon': 'person.phone',
          'Functie': 'contactPerson.function',
        }),
        '5d0f8a64-5a4e-4c1b-9d52-3e1c7f0a0e02',
        'Perfect View export',
        JSON.stringify({
          'Organisatie': 'organisation.name',
          'KvK nummer': 'organisation.kvkNumber',
          'Bezoekadres': 'organisation.visitingAddress.street',
          'Bezoek huisnummer': 'organisation.visitingAddress.houseNumber',
          'Bezoek postcode': 'organisation.visitingAddress.postcode',
          'Bezoek plaats': 'organisation.visitingAddress.city',
          'Postadres': 'organisation.postalAddress.street',
          'Post huisnummer': 'organisation.postalAddress.houseNumber',
          'Post postcode': 'organisation.postalAddress.postcode',
          'Post plaats': 'organisation.postalAddress.city',
          'Telefoon algemeen': 'organisation.phone',
          'E-mail algemeen': 'organisation.email',
          'Internet': 'organisation.website',
          'Categorie': 'organisation.tags',
          'Voornaam': 'person.voornaam',
          'Tussenvoegsel': 'person.tussenvoegsel',
          'Achternaam': 'person.achternaam',
          'E-mail': 'person.email',
          'Mobiel': 'person.phone',
          'Functie': 'contactPerson.function',
        }),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "relation_import_row" DROP CONSTRAINT "FK_0ed1e151f56aaa8dc286b933b59"`);
    await queryRunner.query(`ALTER TABLE "relation_import_preview" DROP CONSTRAINT "FK_d0f571283fddc51873822b80f36"`);
    await queryRunner.query(`DROP TABLE "relation_import_row"`);
    await queryRunner.query(`DROP INDEX "public"."relation_import_preview_action_idx"`);
    await queryRunner.query(`DROP TABLE "relation_import_preview"`);
    await queryRunner.query(`DROP INDEX "public"."relation_import_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."relation_import_running_idx"`);
    await queryRunner.query(`DROP TABLE "relation_import"`);
    await queryRunner.query(`DROP INDEX "public"."import_mapping_preset_name_key"`);
    await queryRunner.query(`DROP TABLE "import_mapping_preset"`);
  }
}
