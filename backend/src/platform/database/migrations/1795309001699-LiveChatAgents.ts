import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveChatAgents1795309001699 implements MigrationInterface {
  name = 'LiveChatAgents1795309001699';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" ADD "author_name" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "messages" ADD "internal" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "messages" ADD "system_event" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "assigned_name" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "snoozed_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "visitor_read_seq" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "staff_read_seq" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "unread_for_staff" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "unread_for_visitor" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_visitors_tenant_external" ON "visitors" ("tenant_id", "external_id") WHERE "external_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_conversations_tenant_assignee" ON "conversations" ("tenant_id", "assigned_to", "last_message_at") `);
    await queryRunner.query(`CREATE INDEX "ix_conversations_tenant_status" ON "conversations" ("tenant_id", "status", "last_message_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_tenant_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_tenant_assignee"`);
    await queryRunner.query(`DROP INDEX "public"."uq_visitors_tenant_external"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "unread_for_visitor"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "unread_for_staff"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "staff_read_seq"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "visitor_read_seq"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "snoozed_until"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "assigned_name"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "system_event"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "internal"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "author_name"`);
  }
}
