import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lead scoring: the versions of the scoring model (only ever added) and the latest score per
 * lead with the model version and the contributions that explain it.
 */
export class LeadScoring1795623976997 implements MigrationInterface {
  name = 'LeadScoring1795623976997';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "lead_score" ("lead_id" uuid NOT NULL, "score" smallint NOT NULL, "model_version" integer NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "contributions" jsonb NOT NULL, CONSTRAINT "lead_score_range_check" CHECK (score BETWEEN 0 AND 100), CONSTRAINT "PK_02c1df167c4f738c51724451180" PRIMARY KEY ("lead_id"))`);
    await queryRunner.query(`CREATE INDEX "lead_score_score_idx" ON "lead_score"  ("score", "lead_id") `);
    await queryRunner.query(`CREATE TABLE "lead_scoring_model" ("version" integer NOT NULL, "weights" jsonb NOT NULL, "targets" jsonb NOT NULL, "source" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" text NOT NULL, "reason" text, CONSTRAINT "lead_scoring_model_source_check" CHECK (source IN ('standaard', 'beheerder', 'regressie')), CONSTRAINT "PK_caee8d6b1a2f63144f8a471749b" PRIMARY KEY ("version"))`);
    await queryRunner.query(`ALTER TABLE "lead_score" ADD CONSTRAINT "FK_02c1df167c4f738c51724451180" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead_score" DROP CONSTRAINT "FK_02c1df167c4f738c51724451180"`);
    await queryRunner.query(`DROP TABLE "lead_scoring_model"`);
    await queryRunner.query(`DROP INDEX "public"."lead_score_score_idx"`);
    await queryRunner.query(`DROP TABLE "lead_score"`);
  }
}
