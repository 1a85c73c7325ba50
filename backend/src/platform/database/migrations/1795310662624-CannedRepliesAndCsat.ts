import { MigrationInterface, QueryRunner } from 'typeorm';

export class CannedRepliesAndCsat1795310662624 implements MigrationInterface {
  name = 'CannedRepliesAndCsat1795310662624';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "canned_replies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "shortcut" character varying(40) NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_dd80b4af0ce27d517e404fbc7d6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_canned_replies_tenant_shortcut" ON "canned_replies" ("tenant_id", "shortcut") `);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "csat_score" smallint`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "csat_comment" character varying(1000)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "csat_comment"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "csat_score"`);
    await queryRunner.query(`DROP INDEX "public"."uq_canned_replies_tenant_shortcut"`);
    await queryRunner.query(`DROP TABLE "canned_replies"`);
  }
}
