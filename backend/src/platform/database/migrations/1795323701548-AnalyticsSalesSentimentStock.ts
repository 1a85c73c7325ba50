import { MigrationInterface, QueryRunner } from 'typeorm';

export class AnalyticsSalesSentimentStock1795323701548 implements MigrationInterface {
  name = 'AnalyticsSalesSentimentStock1795323701548';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "analytics_variant_daily" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "day" date NOT NULL, "variant_id" uuid NOT NULL, "product_id" character varying(64) NOT NULL, "sku" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "units" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_3d2172fc07d3dd032047b310fb0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_analytics_variant_daily" ON "analytics_variant_daily" ("tenant_id", "day", "variant_id") `);
    await queryRunner.query(`CREATE INDEX "ix_analytics_variant_daily_variant" ON "analytics_variant_daily" ("tenant_id", "variant_id", "day") `);
    await queryRunner.query(`CREATE INDEX "ix_analytics_search_daily_term" ON "analytics_search_daily" ("tenant_id", "term", "day") `);
    await queryRunner.query(`ALTER TABLE "analytics_orders" ADD "visitor_id" uuid`);
    await queryRunner.query(`ALTER TABLE "analytics_orders" ADD "items" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "analytics_orders" ADD "counted" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "analytics_orders" ADD "voided" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "analytics_daily" ADD "csat_sum" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "analytics_daily" ADD "csat_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "analytics_daily" ADD "sentiment_sum" double precision NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "analytics_daily" ADD "sentiment_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "analytics_conversations" ADD "csat_score" smallint`);
    await queryRunner.query(`ALTER TABLE "analytics_reports" ADD "narrated_by" character varying(16) NOT NULL DEFAULT 'template'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "analytics_reports" DROP COLUMN "narrated_by"`);
    await queryRunner.query(`ALTER TABLE "analytics_conversations" DROP COLUMN "csat_score"`);
    await queryRunner.query(`ALTER TABLE "analytics_daily" DROP COLUMN "sentiment_count"`);
    await queryRunner.query(`ALTER TABLE "analytics_daily" DROP COLUMN "sentiment_sum"`);
    await queryRunner.query(`ALTER TABLE "analytics_daily" DROP COLUMN "csat_count"`);
    await queryRunner.query(`ALTER TABLE "analytics_daily" DROP COLUMN "csat_sum"`);
    await queryRunner.query(`ALTER TABLE "analytics_orders" DROP COLUMN "voided"`);
    await queryRunner.query(`ALTER TABLE "analytics_orders" DROP COLUMN "counted"`);
    await queryRunner.query(`ALTER TABLE "analytics_orders" DROP COLUMN "items"`);
    await queryRunner.query(`ALTER TABLE "analytics_orders" DROP COLUMN "visitor_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_analytics_search_daily_term"`);
    await queryRunner.query(`DROP INDEX "public"."ix_analytics_variant_daily_variant"`);
    await queryRunner.query(`DROP INDEX "public"."uq_analytics_variant_daily"`);
    await queryRunner.query(`DROP TABLE "analytics_variant_daily"`);
  }
}
