import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quotes (offertes) on leads (issue 6): the quote with its lines as jsonb, every sent revision
 * as it went out, the gap-free number sequence per year, the documents generated from a quote
 * (the files live in the archive) and the versions of the Word template. Generated from the
 * entities; nothing added by hand.
 */
export class Quotes1795624025566 implements MigrationInterface {
  name = 'Quotes1795624025566';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "quote" ("id" uuid NOT NULL, "lead_id" uuid NOT NULL, "number" text NOT NULL, "revision" integer NOT NULL, "status" text NOT NULL, "quote_date" date NOT NULL, "valid_until" date NOT NULL, "notes" text, "lines" jsonb NOT NULL, "created_by" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "sent_by" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "quote_decided_check" CHECK ((status IN ('geaccepteerd', 'afgewezen')) = (decided_at IS NOT NULL)), CONSTRAINT "quote_sent_check" CHECK ((status = 'concept') = (sent_at IS NULL)), CONSTRAINT "quote_validity_check" CHECK (valid_until >= quote_date), CONSTRAINT "quote_revision_check" CHECK (revision >= 1), CONSTRAINT "quote_status_check" CHECK (status IN ('concept', 'verzonden', 'geaccepteerd', 'afgewezen')), CONSTRAINT "PK_b772d4cb09e587c8c72a78d2439" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "quote_number_key" ON "quote"  ("number") `);
    await queryRunner.query(`CREATE INDEX "quote_lead_idx" ON "quote"  ("lead_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "quote_document" ("id" uuid NOT NULL, "quote_id" uuid NOT NULL, "revision" integer NOT NULL, "format" text NOT NULL, "document_id" uuid NOT NULL, "file_name" text NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "quote_document_format_check" CHECK (format IN ('docx', 'pdf')), CONSTRAINT "PK_53c4ca5900869d29c5651089390" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "quote_document_quote_idx" ON "quote_document"  ("quote_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "quote_number_sequence" ("year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_6f482fb77fbfbb1ca704899096f" PRIMARY KEY ("year"))`);
    await queryRunner.query(`CREATE TABLE "quote_revision" ("quote_id" uuid NOT NULL, "revision" integer NOT NULL, "quote_date" date NOT NULL, "valid_until" date NOT NULL, "notes" text, "lines" jsonb NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_by" text NOT NULL, CONSTRAINT "PK_ab6a4b71a470bbe13fd04a36963" PRIMARY KEY ("quote_id", "revision"))`);
    await queryRunner.query(`CREATE TABLE "quote_template" ("id" uuid NOT NULL, "version" integer NOT NULL, "file_name" text, "content" bytea, "uploaded_by" text NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_9bac9732244e826e3bcc182ec74" UNIQUE ("version"), CONSTRAINT "PK_64988db970c1dcf17ff1e65adac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "quote" ADD CONSTRAINT "FK_ed8f78076caa622aa668446bda3" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quote_document" ADD CONSTRAINT "FK_482631174f13d7ee90ec7994c5a" FOREIGN KEY ("quote_id") REFERENCES "quote"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quote_revision" ADD CONSTRAINT "FK_2002aef40c7605444076c4ad6a4" FOREIGN KEY ("quote_id") REFERENCES "quote"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quote_revision" DROP CONSTRAINT "FK_2002aef40c7605444076c4ad6a4"`);
    await queryRunner.query(`ALTER TABLE "quote_document" DROP CONSTRAINT "FK_482631174f13d7ee90ec7994c5a"`);
    await queryRunner.query(`ALTER TABLE "quote" DROP CONSTRAINT "FK_ed8f78076caa622aa668446bda3"`);
    await queryRunner.query(`DROP TABLE "quote_template"`);
    await queryRunner.query(`DROP TABLE "quote_revision"`);
    await queryRunner.query(`DROP TABLE "quote_number_sequence"`);
    await queryRunner.query(`DROP INDEX "public"."quote_document_quote_idx"`);
    await queryRunner.query(`DROP TABLE "quote_document"`);
    await queryRunner.query(`DROP INDEX "public"."quote_lead_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quote_number_key"`);
    await queryRunner.query(`DROP TABLE "quote"`);
  }
}
