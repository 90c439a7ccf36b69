import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicate scan runs: "Nu opnieuw zoeken" queues a run on the job queue instead of scanning
 * within the request, and the list shows when the last run finished and what it looked at.
 * Generated from the entities; nothing added by hand.
 */
export class DuplicateScanRuns1795637000000 implements MigrationInterface {
  name = 'DuplicateScanRuns1795637000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "duplicate_scan_run" ("id" uuid NOT NULL, "trigger" text NOT NULL, "requested_by_id" text, "requested_by_name" text, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL, "results" jsonb NOT NULL DEFAULT '{}', "error" text, CONSTRAINT "PK_c3fef7cdaadf3ce1286a6e133cb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "duplicate_scan_run_active_idx" ON "duplicate_scan_run"  ("status") WHERE status IN ('queued', 'running')`);
    await queryRunner.query(`CREATE INDEX "duplicate_scan_run_requested_idx" ON "duplicate_scan_run"  ("requested_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."duplicate_scan_run_requested_idx"`);
    await queryRunner.query(`DROP INDEX "public"."duplicate_scan_run_active_idx"`);
    await queryRunner.query(`DROP TABLE "duplicate_scan_run"`);
  }
}
