import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssistantReplyRules1795323641608 implements MigrationInterface {
  name = 'AssistantReplyRules1795323641608';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assistant_settings" ADD "languages" text array NOT NULL DEFAULT '{en}'`);
    await queryRunner.query(`ALTER TABLE "assistant_settings" ADD "handoff_on_negative_sentiment" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "assistant_settings" ADD "handoff_sentiment_threshold" double precision NOT NULL DEFAULT '-0.5'`);
    await queryRunner.query(`ALTER TABLE "assistant_settings" ADD "handoff_after_unresolved_turns" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "assistant_settings" ADD "handoff_keywords" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "assistant_settings" ADD "visitor_messages_per_day" integer`);
    await queryRunner.query(`ALTER TABLE "assistant_settings" ADD "tenant_messages_per_day" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assistant_settings" DROP COLUMN "tenant_messages_per_day"`);
    await queryRunner.query(`ALTER TABLE "assistant_settings" DROP COLUMN "visitor_messages_per_day"`);
    await queryRunner.query(`ALTER TABLE "assistant_settings" DROP COLUMN "handoff_keywords"`);
    await queryRunner.query(`ALTER TABLE "assistant_settings" DROP COLUMN "handoff_after_unresolved_turns"`);
    await queryRunner.query(`ALTER TABLE "assistant_settings" DROP COLUMN "handoff_sentiment_threshold"`);
    await queryRunner.query(`ALTER TABLE "assistant_settings" DROP COLUMN "handoff_on_negative_sentiment"`);
    await queryRunner.query(`ALTER TABLE "assistant_settings" DROP COLUMN "languages"`);
  }
}
