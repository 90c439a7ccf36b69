import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrailAndUsers1795614734207 implements MigrationInterface {
  name = 'AuditTrailAndUsers1795614734207';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" text NOT NULL, "actor_name" text NOT NULL, "action" text NOT NULL, "object_type" text NOT NULL, "object_id" text NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', "reason" text, "request_id" text, "client" text, "previous_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "UQ_ad6d5d24a1b0a012e92743ea185" UNIQUE ("hash"), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"  ("occurred_at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_actor_idx" ON "audit_event"  ("actor_id", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_event_object_idx" ON "audit_event"  ("object_type", "object_id", "id") `);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" text NOT NULL, "display_name" text NOT NULL, "roles" text array NOT NULL DEFAULT '{}', "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);

    // Added by hand: ids come from a sequence the audit writer reads under its chain lock.
    await queryRunner.query(`CREATE SEQUENCE "audit_event_id_seq" OWNED BY "audit_event"."id"`);
    // Added by hand: the audit trail is append-only, whoever connects.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update_delete ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
