import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentsAndEmail1795623706043 implements MigrationInterface {
  name = 'DocumentsAndEmail1795623706043';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "document" ("id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "content_key" text NOT NULL, "description" text, "uploaded_by" text NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "archive_reason" text, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "document_content" ("content_key" text NOT NULL, "data" bytea NOT NULL, "size_bytes" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9420df97370779afe0b79dc157" PRIMARY KEY ("content_key"))`);
    await queryRunner.query(`CREATE TABLE "document_link" ("document_id" uuid NOT NULL, "object_type" text NOT NULL, "object_id" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "archived" boolean NOT NULL DEFAULT false, "on_timeline" boolean NOT NULL DEFAULT true, CONSTRAINT "document_link_object_type_check" CHECK (object_type IN ('organisation', 'person', 'contact-moment', 'lead', 'quote', 'contract', 'complaint')), CONSTRAINT "PK_37494cb65b8ceb405a59b14dfb9" PRIMARY KEY ("document_id", "object_type", "object_id"))`);
    await queryRunner.query(`CREATE INDEX "document_link_timeline_idx" ON "document_link"  ("object_type", "object_id", "uploaded_at", "document_id") WHERE NOT archived AND on_timeline`);
    await queryRunner.query(`CREATE INDEX "document_link_list_idx" ON "document_link"  ("object_type", "object_id", "uploaded_at", "document_id") `);
    await queryRunner.query(`CREATE TABLE "email_message" ("contact_moment_id" uuid NOT NULL, "relation_type" text NOT NULL, "relation_id" uuid NOT NULL, "message_key" text NOT NULL, "message_id" text, "from_address" text NOT NULL, "from_name" text, "to_addresses" jsonb NOT NULL DEFAULT '[]', "cc_addresses" jsonb NOT NULL DEFAULT '[]', "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "original_document_id" uuid, "attachment_document_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_46eaf35ddd60218a15420ff5406" PRIMARY KEY ("contact_moment_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "email_message_relation_key_idx" ON "email_message"  ("relation_type", "relation_id", "message_key") `);
    await queryRunner.query(`ALTER TABLE "interaction_link" ADD "is_email" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX "interaction_link_kind_timeline_idx" ON "interaction_link"  ("object_type", "object_id", "is_email", "occurred_at", "contact_moment_id") WHERE NOT archived`);
    await queryRunner.query(`ALTER TABLE "document_link" ADD CONSTRAINT "FK_f4798622380a4f31dc286e34f56" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "email_message" ADD CONSTRAINT "FK_46eaf35ddd60218a15420ff5406" FOREIGN KEY ("contact_moment_id") REFERENCES "contact_moment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_message" DROP CONSTRAINT "FK_46eaf35ddd60218a15420ff5406"`);
    await queryRunner.query(`ALTER TABLE "document_link" DROP CONSTRAINT "FK_f4798622380a4f31dc286e34f56"`);
    await queryRunner.query(`DROP INDEX "public"."interaction_link_kind_timeline_idx"`);
    await queryRunner.query(`ALTER TABLE "interaction_link" DROP COLUMN "is_email"`);
    await queryRunner.query(`DROP INDEX "public"."email_message_relation_key_idx"`);
    await queryRunner.query(`DROP TABLE "email_message"`);
    await queryRunner.query(`DROP INDEX "public"."document_link_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."document_link_timeline_idx"`);
    await queryRunner.query(`DROP TABLE "document_link"`);
    await queryRunner.query(`DROP TABLE "document_content"`);
    await queryRunner.query(`DROP TABLE "document"`);
  }
}
