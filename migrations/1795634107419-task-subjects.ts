import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tasks about a lead (issue 6): an optional subject next to the relation, as a type and an id
 * like interaction_link, with the types allowed today checked ('lead'; contract and complaint
 * follow with their domains). Generated from the entities; nothing added by hand.
 */
export class TaskSubjects1795634107419 implements MigrationInterface {
  name = 'TaskSubjects1795634107419';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" ADD "subject_type" text`);
    await queryRunner.query(`ALTER TABLE "task" ADD "subject_id" uuid`);
    await queryRunner.query(`CREATE INDEX "task_subject_idx" ON "task"  ("subject_type", "subject_id", "created_at") WHERE subject_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "task_subject_check" CHECK ((subject_type IS NULL) = (subject_id IS NULL))`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "task_subject_type_check" CHECK (subject_type IN ('lead'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_subject_type_check"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_subject_check"`);
    await queryRunner.query(`DROP INDEX "public"."task_subject_idx"`);
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "subject_id"`);
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "subject_type"`);
  }
}
