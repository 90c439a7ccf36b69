import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tasks about a lead (issue 6): an optional `regarding` next to the relation, as a type and an
 * id like interaction_link, with the types allowed today checked ('lead'; contract and complaint
 * follow with their domains). Generated from the entities; nothing added by hand.
 */
export class TaskRegarding1795634107419 implements MigrationInterface {
  name = 'TaskRegarding1795634107419';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" ADD "regarding_type" text`);
    await queryRunner.query(`ALTER TABLE "task" ADD "regarding_id" uuid`);
    await queryRunner.query(`CREATE INDEX "task_regarding_idx" ON "task"  ("regarding_type", "regarding_id", "created_at") WHERE regarding_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "task_regarding_check" CHECK ((regarding_type IS NULL) = (regarding_id IS NULL))`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "task_regarding_type_check" CHECK (regarding_type IN ('lead'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_regarding_type_check"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_regarding_check"`);
    await queryRunner.query(`DROP INDEX "public"."task_regarding_idx"`);
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "regarding_id"`);
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "regarding_type"`);
  }
}
