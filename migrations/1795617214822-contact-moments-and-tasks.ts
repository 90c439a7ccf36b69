import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contact moments with their links (one link model for every domain), tasks, notifications and
 * notification settings (R3). Generated from the entities, plus two GIN indexes by hand. pg-boss,
 * which runs the reminder jobs, creates and migrates its own schema (`pgboss`) when it starts.
 */
export class ContactMomentsAndTasks1795617214822 implements MigrationInterface {
  name = 'ContactMomentsAndTasks1795617214822';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "contact_moment" ("id" uuid NOT NULL, "channel" text NOT NULL, "direction" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "subject" text NOT NULL, "notes_html" text, "notes_text" text, "participant_ids" text array NOT NULL DEFAULT '{}', "created_by" text NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "archive_reason" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "contact_moment_direction_check" CHECK (direction IN ('inkomend', 'uitgaand')), CONSTRAINT "contact_moment_channel_check" CHECK (channel IN ('telefoon', 'e-mail', 'bezoek', 'brief', 'overleg', 'chat', 'anders')), CONSTRAINT "PK_4d3a0647999c89101adf8a66521" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "contact_moment_occurred_at_idx" ON "contact_moment"  ("occurred_at", "id") `);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL, "recipient_id" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text, "link" text, "object_type" text, "object_id" text, "dedupe_key" text, "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_dedupe_key" ON "notification"  ("dedupe_key") WHERE dedupe_key IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "notification_unread_idx" ON "notification"  ("recipient_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "notification_recipient_idx" ON "notification"  ("recipient_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "notification_setting" ("user_id" text NOT NULL, "email" text, "email_reminders" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d210b9143572b7e8179c15f5f2a" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "interaction_link" ("contact_moment_id" uuid NOT NULL, "object_type" text NOT NULL, "object_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "archived" boolean NOT NULL DEFAULT false, CONSTRAINT "interaction_link_object_type_check" CHECK (object_type IN ('organisation', 'person', 'lead', 'contract', 'complaint')), CONSTRAINT "PK_e43e53c13d6b47b8db96d469297" PRIMARY KEY ("contact_moment_id", "object_type", "object_id"))`);
    await queryRunner.query(`CREATE INDEX "interaction_link_timeline_idx" ON "interaction_link"  ("object_type", "object_id", "occurred_at", "contact_moment_id") WHERE NOT archived`);
    await queryRunner.query(`CREATE TABLE "task" ("id" uuid NOT NULL, "title" text NOT NULL, "description" text, "status" text NOT NULL, "assignee_id" text, "assignee_team" text, "due_date" date, "relation_type" text NOT NULL, "relation_id" uuid NOT NULL, "contact_moment_id" uuid, "created_by" text NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "task_assignee_check" CHECK (assignee_id IS NOT NULL OR assignee_team IS NOT NULL), CONSTRAINT "task_relation_type_check" CHECK (relation_type IN ('organisation', 'person')), CONSTRAINT "task_status_check" CHECK (status IN ('open', 'bezig', 'afgerond', 'vervallen')), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "task_contact_moment_idx" ON "task"  ("contact_moment_id") WHERE contact_moment_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "task_assignee_team_idx" ON "task"  ("assignee_team") WHERE assignee_team IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "task_due_active_idx" ON "task"  ("due_date") WHERE status IN ('open', 'bezig') AND assignee_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "task_assignee_active_idx" ON "task"  ("assignee_id", "due_date") WHERE status IN ('open', 'bezig')`);
    await queryRunner.query(`CREATE INDEX "task_relation_idx" ON "task"  ("relation_type", "relation_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "interaction_link" ADD CONSTRAINT "FK_79e048fbecc110606c36adf70a5" FOREIGN KEY ("contact_moment_id") REFERENCES "contact_moment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_1d7149d3ab0c50b9707b2ddc11f" FOREIGN KEY ("contact_moment_id") REFERENCES "contact_moment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // Added by hand (entities mark them synchronize: false). Contact moments an employee took part in:
    await queryRunner.query(`CREATE INDEX "contact_moment_participants_idx" ON "contact_moment" USING gin ("participant_ids")`);
    // Dutch full-text search over subject and notes; the expression must equal CONTACT_MOMENT_SEARCH_VECTOR.
    await queryRunner.query(
      `CREATE INDEX "contact_moment_search_idx" ON "contact_moment" USING gin (to_tsvector('dutch'::regconfig, subject || ' ' || coalesce(notes_text, '')))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "contact_moment_search_idx"`);
    await queryRunner.query(`DROP INDEX "contact_moment_participants_idx"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_1d7149d3ab0c50b9707b2ddc11f"`);
    await queryRunner.query(`ALTER TABLE "interaction_link" DROP CONSTRAINT "FK_79e048fbecc110606c36adf70a5"`);
    await queryRunner.query(`DROP INDEX "public"."task_relation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_assignee_active_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_due_active_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_assignee_team_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_contact_moment_idx"`);
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`DROP INDEX "public"."interaction_link_timeline_idx"`);
    await queryRunner.query(`DROP TABLE "interaction_link"`);
    await queryRunner.query(`DROP TABLE "notification_setting"`);
    await queryRunner.query(`DROP INDEX "public"."notification_recipient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_dedupe_key"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."contact_moment_occurred_at_idx"`);
    await queryRunner.query(`DROP TABLE "contact_moment"`);
  }
}
