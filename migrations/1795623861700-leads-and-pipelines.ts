import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leads, the pipelines they move through (stages with default probability and required fields),
 * the configurable source and lost-reason lists with their starting entries, and the stage
 * history for time-in-stage analysis (issue 6). Generated from the entities, plus by hand a
 * case-insensitive unique index on pipeline names per department and the starting lists.
 */
export class LeadsAndPipelines1795623861700 implements MigrationInterface {
  name = 'LeadsAndPipelines1795623861700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "lead_option" ("kind" text NOT NULL, "code" text NOT NULL, "label" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "position" integer NOT NULL, "version" integer NOT NULL, CONSTRAINT "lead_option_kind_check" CHECK (kind IN ('source', 'lost-reason')), CONSTRAINT "PK_34b5e3c1257054f8e82aa1d2243" PRIMARY KEY ("kind", "code"))`);
    await queryRunner.query(`CREATE TABLE "lead_pipeline" ("id" uuid NOT NULL, "name" text NOT NULL, "department" text NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d47aa57605f90b323c6af11272e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "lead_pipeline_stage" ("id" uuid NOT NULL, "pipeline_id" uuid NOT NULL, "name" text NOT NULL, "position" integer NOT NULL, "default_probability" integer NOT NULL, "required_fields" text array NOT NULL DEFAULT '{}', CONSTRAINT "lead_pipeline_stage_probability_check" CHECK (default_probability BETWEEN 0 AND 100), CONSTRAINT "PK_6a54ae109bace083570384db640" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lead_pipeline_stage_pipeline_idx" ON "lead_pipeline_stage"  ("pipeline_id", "position") `);
    await queryRunner.query(`CREATE TABLE "lead" ("id" uuid NOT NULL, "title" text NOT NULL, "relation_type" text NOT NULL, "relation_id" uuid NOT NULL, "source_code" text, "owner_id" text, "expected_value_cents" bigint, "probability" smallint, "expected_decision_date" date, "next_action" text, "next_action_date" date, "notes" text, "pipeline_id" uuid NOT NULL, "stage_id" uuid NOT NULL, "stage_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "won_description" text, "won_value_cents" bigint, "lost_reason_code" text, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by" text NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "lead_outcome_check" CHECK ((status = 'won') = (won_description IS NOT NULL) AND (status = 'lost') = (lost_reason_code IS NOT NULL)), CONSTRAINT "lead_expected_value_check" CHECK (expected_value_cents >= 0), CONSTRAINT "lead_probability_check" CHECK (probability BETWEEN 0 AND 100), CONSTRAINT "lead_relation_type_check" CHECK (relation_type IN ('organisation', 'person')), CONSTRAINT "lead_status_check" CHECK (status IN ('open', 'won', 'lost')), CONSTRAINT "PK_ca96c1888f7dcfccab72b72fffa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lead_created_idx" ON "lead"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "lead_owner_idx" ON "lead"  ("owner_id", "created_at") WHERE owner_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "lead_relation_idx" ON "lead"  ("relation_type", "relation_id") `);
    await queryRunner.query(`CREATE INDEX "lead_pipeline_idx" ON "lead"  ("pipeline_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "lead_board_idx" ON "lead"  ("stage_id", "stage_entered_at") WHERE status = 'open'`);
    await queryRunner.query(`CREATE TABLE "lead_stage_change" ("id" uuid NOT NULL, "lead_id" uuid NOT NULL, "pipeline_id" uuid NOT NULL, "from_stage_id" uuid, "to_stage_id" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "changed_by" text NOT NULL, CONSTRAINT "PK_5b599313f883657337cd0f0b1f2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lead_stage_change_pipeline_idx" ON "lead_stage_change"  ("pipeline_id", "changed_at") `);
    await queryRunner.query(`CREATE INDEX "lead_stage_change_lead_idx" ON "lead_stage_change"  ("lead_id", "changed_at") `);
    await queryRunner.query(`ALTER TABLE "lead_pipeline_stage" ADD CONSTRAINT "FK_3f6bd3158077a3c59d2c9b16543" FOREIGN KEY ("pipeline_id") REFERENCES "lead_pipeline"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lead" ADD CONSTRAINT "FK_d47aa57605f90b323c6af11272e" FOREIGN KEY ("pipeline_id") REFERENCES "lead_pipeline"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lead" ADD CONSTRAINT "FK_c2ef97ac2e87e33543069bdf723" FOREIGN KEY ("stage_id") REFERENCES "lead_pipeline_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lead_stage_change" ADD CONSTRAINT "FK_264c4625ff679ece8e3ee8d1d43" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // Added by hand (the entity marks it synchronize: false): one pipeline name per department, whatever the case.
    await queryRunner.query(`CREATE UNIQUE INDEX "lead_pipeline_name_key" ON "lead_pipeline" (lower(department), lower(name))`);
    // The lists every installation starts with; functional administrators maintain them from here.
    await queryRunner.query(`INSERT INTO "lead_option" ("kind", "code", "label", "position", "version") VALUES
      ('source', 'beurs', 'Beurs', 1, 1), ('source', 'website', 'Website', 2, 1), ('source', 'doorverwijzing', 'Doorverwijzing', 3, 1),
      ('source', 'eigen-acquisitie', 'Eigen acquisitie', 4, 1), ('source', 'netwerk', 'Netwerkbijeenkomst', 5, 1),
      ('lost-reason', 'andere-locatie', 'Gekozen voor een andere locatie', 1, 1), ('lost-reason', 'geen-budget', 'Geen budget', 2, 1),
      ('lost-reason', 'geen-ruimte', 'Geen geschikte ruimte beschikbaar', 3, 1), ('lost-reason', 'plannen-gestopt', 'Plannen gestopt', 4, 1),
      ('lost-reason', 'geen-reactie', 'Geen reactie meer', 5, 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."lead_pipeline_name_key"`);
    await queryRunner.query(`ALTER TABLE "lead_stage_change" DROP CONSTRAINT "FK_264c4625ff679ece8e3ee8d1d43"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "FK_c2ef97ac2e87e33543069bdf723"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "FK_d47aa57605f90b323c6af11272e"`);
    await queryRunner.query(`ALTER TABLE "lead_pipeline_stage" DROP CONSTRAINT "FK_3f6bd3158077a3c59d2c9b16543"`);
    await queryRunner.query(`DROP INDEX "public"."lead_stage_change_lead_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lead_stage_change_pipeline_idx"`);
    await queryRunner.query(`DROP TABLE "lead_stage_change"`);
    await queryRunner.query(`DROP INDEX "public"."lead_board_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lead_pipeline_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lead_relation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lead_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lead_created_idx"`);
    await queryRunner.query(`DROP TABLE "lead"`);
    await queryRunner.query(`DROP INDEX "public"."lead_pipeline_stage_pipeline_idx"`);
    await queryRunner.query(`DROP TABLE "lead_pipeline_stage"`);
    await queryRunner.query(`DROP TABLE "lead_pipeline"`);
    await queryRunner.query(`DROP TABLE "lead_option"`);
  }
}
