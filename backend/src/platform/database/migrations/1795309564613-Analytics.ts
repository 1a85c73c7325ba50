import { MigrationInterface, QueryRunner } from 'typeorm';

export class Analytics1795309564613 implements MigrationInterface {
  name = 'Analytics1795309564613';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "analytics_search_daily" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "day" date NOT NULL, "term" character varying(100) NOT NULL, "searches" integer NOT NULL DEFAULT '0', "misses" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_1bd092058c8d626dd1c07f92e30" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_analytics_search_daily" ON "analytics_search_daily" ("tenant_id", "day", "term") `);
    await queryRunner.query(`CREATE TABLE "analytics_product_daily" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "day" date NOT NULL, "product_id" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "units" integer NOT NULL DEFAULT '0', "revenue_minor" bigint NOT NULL DEFAULT '0', "chat_units" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_f24960d383ebbf04fc622e8dc20" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_analytics_product_daily" ON "analytics_product_daily" ("tenant_id", "day", "product_id") `);
    await queryRunner.query(`CREATE TABLE "analytics_orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_id" character varying(64) NOT NULL, "placed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "day" date NOT NULL, "total_minor" bigint NOT NULL, "conversation_id" uuid, CONSTRAINT "PK_3df711b569d84c77eedd2f6294a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_analytics_orders_order" ON "analytics_orders" ("tenant_id", "order_id") `);
    await queryRunner.query(`CREATE TABLE "analytics_intent_daily" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "day" date NOT NULL, "intent" character varying(64) NOT NULL, "messages" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_de689c2ac32b44520683336cb46" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_analytics_intent_daily" ON "analytics_intent_daily" ("tenant_id", "day", "intent") `);
    await queryRunner.query(`CREATE TABLE "analytics_daily" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "day" date NOT NULL, "conversations" integer NOT NULL DEFAULT '0', "status_bot" integer NOT NULL DEFAULT '0', "status_waiting" integer NOT NULL DEFAULT '0', "status_assigned" integer NOT NULL DEFAULT '0', "status_resolved" integer NOT NULL DEFAULT '0', "status_snoozed" integer NOT NULL DEFAULT '0', "handed_off" integer NOT NULL DEFAULT '0', "bot_answered" integer NOT NULL DEFAULT '0', "bot_resolved" integer NOT NULL DEFAULT '0', "frt_bot_ms" bigint NOT NULL DEFAULT '0', "frt_bot_count" integer NOT NULL DEFAULT '0', "frt_human_ms" bigint NOT NULL DEFAULT '0', "frt_human_count" integer NOT NULL DEFAULT '0', "carted" integer NOT NULL DEFAULT '0', "ordered" integer NOT NULL DEFAULT '0', "messages_visitor" integer NOT NULL DEFAULT '0', "messages_bot" integer NOT NULL DEFAULT '0', "messages_agent" integer NOT NULL DEFAULT '0', "searches" integer NOT NULL DEFAULT '0', "search_misses" integer NOT NULL DEFAULT '0', "orders" integer NOT NULL DEFAULT '0', "revenue_minor" bigint NOT NULL DEFAULT '0', "chat_orders" integer NOT NULL DEFAULT '0', "chat_revenue_minor" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_a6dd8ca1a03006b05a665aefbd8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_analytics_daily_day" ON "analytics_daily" ("tenant_id", "day") `);
    await queryRunner.query(`CREATE TABLE "analytics_conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "conversation_id" uuid NOT NULL, "visitor_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "day" date NOT NULL, "status" character varying(24) NOT NULL, "status_at" TIMESTAMP WITH TIME ZONE NOT NULL, "first_visitor_at" TIMESTAMP WITH TIME ZONE, "last_visitor_at" TIMESTAMP WITH TIME ZONE, "first_bot_at" TIMESTAMP WITH TIME ZONE, "first_agent_at" TIMESTAMP WITH TIME ZONE, "handoff_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "returned" boolean NOT NULL DEFAULT false, "intents" text array NOT NULL DEFAULT '{}', "carted" boolean NOT NULL DEFAULT false, "ordered" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_1477ff31e56ba47095397d15a73" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_analytics_conversations_visitor" ON "analytics_conversations" ("tenant_id", "visitor_id", "started_at") `);
    await queryRunner.query(`CREATE INDEX "ix_analytics_conversations_day" ON "analytics_conversations" ("tenant_id", "day") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_analytics_conversations_conversation" ON "analytics_conversations" ("tenant_id", "conversation_id") `);
    await queryRunner.query(`CREATE TABLE "analytics_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(16) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "title" character varying(200) NOT NULL, "narrative" text NOT NULL, "figures" jsonb NOT NULL, "recommendations" jsonb NOT NULL DEFAULT '[]'::jsonb, "requested_by" character varying(120), CONSTRAINT "PK_f1eb49d61068f2aeb3373e75ee6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_analytics_reports_weekly" ON "analytics_reports" ("tenant_id", "period_start") WHERE "kind" = 'weekly'`);
    await queryRunner.query(`CREATE INDEX "ix_analytics_reports_created" ON "analytics_reports" ("tenant_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "analytics_search_monthly" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "month" date NOT NULL, "term" character varying(100) NOT NULL, "searches" integer NOT NULL DEFAULT '0', "misses" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_a05d9f61dcf0cc8a58e24a7b49d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_analytics_search_monthly" ON "analytics_search_monthly" ("tenant_id", "month", "term") `);
    await queryRunner.query(`CREATE TABLE "analytics_product_monthly" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "month" date NOT NULL, "product_id" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "units" integer NOT NULL DEFAULT '0', "revenue_minor" bigint NOT NULL DEFAULT '0', "chat_units" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_38c55383cf8ffe316f3398744de" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_analytics_product_monthly" ON "analytics_product_monthly" ("tenant_id", "month", "product_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_analytics_product_monthly"`);
    await queryRunner.query(`DROP TABLE "analytics_product_monthly"`);
    await queryRunner.query(`DROP INDEX "public"."uq_analytics_search_monthly"`);
    await queryRunner.query(`DROP TABLE "analytics_search_monthly"`);
    await queryRunner.query(`DROP INDEX "public"."ix_analytics_reports_created"`);
    await queryRunner.query(`DROP INDEX "public"."uq_analytics_reports_weekly"`);
    await queryRunner.query(`DROP TABLE "analytics_reports"`);
    await queryRunner.query(`DROP INDEX "public"."uq_analytics_conversations_conversation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_analytics_conversations_day"`);
    await queryRunner.query(`DROP INDEX "public"."ix_analytics_conversations_visitor"`);
    await queryRunner.query(`DROP TABLE "analytics_conversations"`);
    await queryRunner.query(`DROP INDEX "public"."uq_analytics_daily_day"`);
    await queryRunner.query(`DROP TABLE "analytics_daily"`);
    await queryRunner.query(`DROP INDEX "public"."uq_analytics_intent_daily"`);
    await queryRunner.query(`DROP TABLE "analytics_intent_daily"`);
    await queryRunner.query(`DROP INDEX "public"."uq_analytics_orders_order"`);
    await queryRunner.query(`DROP TABLE "analytics_orders"`);
    await queryRunner.query(`DROP INDEX "public"."uq_analytics_product_daily"`);
    await queryRunner.query(`DROP TABLE "analytics_product_daily"`);
    await queryRunner.query(`DROP INDEX "public"."uq_analytics_search_daily"`);
    await queryRunner.query(`DROP TABLE "analytics_search_daily"`);
  }
}
