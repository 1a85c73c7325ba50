import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrdersAndPayments1795309790725 implements MigrationInterface {
  name = 'OrdersAndPayments1795309790725';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "payments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_id" uuid NOT NULL, "provider" character varying(16) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'pending', "amount_cents" integer NOT NULL, "refunded_cents" integer NOT NULL DEFAULT '0', "currency" character(3) NOT NULL, "external_id" character varying(255), "payment_intent_id" character varying(255), "url" character varying(2000), "expires_at" TIMESTAMP WITH TIME ZONE, "succeeded_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_payments_refunded" CHECK ("refunded_cents" >= 0 AND "refunded_cents" <= "amount_cents"), CONSTRAINT "PK_197ab7af18c93fbb0c9b28b4a59" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_payments_tenant_external" ON "payments" ("tenant_id", "provider", "external_id") WHERE "external_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_payments_tenant_order" ON "payments" ("tenant_id", "order_id") `);
    await queryRunner.query(`CREATE TABLE "payment_refunds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "payment_id" uuid NOT NULL, "order_id" uuid NOT NULL, "amount_cents" integer NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'pending', "reason" character varying(255) NOT NULL DEFAULT '', "external_id" character varying(255), CONSTRAINT "PK_c33fe9426d69e3d60080c7d2f06" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_payment_refunds_tenant_payment" ON "payment_refunds" ("tenant_id", "payment_id") `);
    await queryRunner.query(`CREATE TABLE "payment_webhook_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "provider" character varying(16) NOT NULL, "event_id" character varying(255) NOT NULL, "type" character varying(80) NOT NULL, "outcome" character varying(120) NOT NULL, CONSTRAINT "PK_750875e71d97974be92cee813ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_payment_webhook_events_tenant_event" ON "payment_webhook_events" ("tenant_id", "provider", "event_id") `);
    await queryRunner.query(`CREATE TABLE "orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "number" character varying(16) NOT NULL, "status" character varying(20) NOT NULL, "source" character varying(8) NOT NULL DEFAULT 'chat', "visitor_id" uuid, "conversation_id" uuid, "customer_email" character varying(254) NOT NULL, "customer_name" character varying(120), "currency" character(3) NOT NULL, "subtotal_cents" integer NOT NULL, "discount_cents" integer NOT NULL DEFAULT '0', "discount_code" character varying(40), "shipping_cents" integer NOT NULL DEFAULT '0', "tax_cents" integer NOT NULL DEFAULT '0', "total_cents" integer NOT NULL, "paid_cents" integer NOT NULL DEFAULT '0', "refunded_cents" integer NOT NULL DEFAULT '0', "payment_provider" character varying(16) NOT NULL, "payment_due_at" TIMESTAMP WITH TIME ZONE, "paid_at" TIMESTAMP WITH TIME ZONE, "carrier" character varying(60), "tracking_number" character varying(100), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_orders_refunded" CHECK ("refunded_cents" >= 0 AND "refunded_cents" <= "paid_cents"), CONSTRAINT "PK_710e2d4957aa5878dfe94e4ac2f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_orders_tenant_payment_due" ON "orders" ("tenant_id", "payment_due_at") WHERE "status" = 'awaiting_payment'`);
    await queryRunner.query(`CREATE INDEX "ix_orders_tenant_email" ON "orders" ("tenant_id", "customer_email") `);
    await queryRunner.query(`CREATE INDEX "ix_orders_tenant_visitor" ON "orders" ("tenant_id", "visitor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_orders_tenant_created" ON "orders" ("tenant_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_orders_tenant_status_created" ON "orders" ("tenant_id", "status", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_orders_tenant_number" ON "orders" ("tenant_id", "number") `);
    await queryRunner.query(`CREATE TABLE "order_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "currency" character(3) NOT NULL DEFAULT 'USD', "tax_rate_bps" integer NOT NULL DEFAULT '0', "flat_shipping_cents" integer NOT NULL DEFAULT '0', "free_shipping_over_cents" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c41729af5f41f5f42185ec59e89" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_order_settings_tenant" ON "order_settings" ("tenant_id") `);
    await queryRunner.query(`CREATE TABLE "order_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_id" uuid NOT NULL, "variant_id" uuid NOT NULL, "product_id" uuid NOT NULL, "sku" character varying(64) NOT NULL, "name" character varying(255) NOT NULL, "quantity" integer NOT NULL, "unit_price_cents" integer NOT NULL, "reservation_id" uuid, "restocked_quantity" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_order_lines_quantity" CHECK ("quantity" > 0), CONSTRAINT "PK_627dcd7f1d707de4df241b2da6b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_order_lines_tenant_order" ON "order_lines" ("tenant_id", "order_id") `);
    await queryRunner.query(`CREATE TABLE "order_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_id" uuid NOT NULL, "type" character varying(32) NOT NULL, "from_status" character varying(20), "to_status" character varying(20), "actor_kind" character varying(12) NOT NULL, "actor_id" character varying(120), "message" character varying(500) NOT NULL DEFAULT '', "visible_to_customer" boolean NOT NULL DEFAULT true, "data" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_cc1b82b0fcf1be577d9d7ecbf8b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_order_events_tenant_order" ON "order_events" ("tenant_id", "order_id", "at") `);
    await queryRunner.query(`CREATE TABLE "discount_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(40) NOT NULL, "kind" character varying(12) NOT NULL, "value" integer NOT NULL, "usage_limit" integer, "used_count" integer NOT NULL DEFAULT '0', "expires_at" TIMESTAMP WITH TIME ZONE, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "ck_discount_codes_usage" CHECK ("usage_limit" IS NULL OR "used_count" <= "usage_limit"), CONSTRAINT "PK_c0170a28d937472e9ce50fdce17" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_discount_codes_tenant_code" ON "discount_codes" ("tenant_id", "code") `);
    await queryRunner.query(`CREATE TABLE "carts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "visitor_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "discount_code" character varying(40), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b5f695a59f5ebb50af3c8160816" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_carts_tenant_updated" ON "carts" ("tenant_id", "updated_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_carts_tenant_visitor_open" ON "carts" ("tenant_id", "visitor_id") WHERE "status" = 'open'`);
    await queryRunner.query(`CREATE TABLE "cart_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cart_id" uuid NOT NULL, "variant_id" uuid NOT NULL, "quantity" integer NOT NULL, CONSTRAINT "ck_cart_items_quantity" CHECK ("quantity" > 0), CONSTRAINT "PK_6fccf5ec03c172d27a28a82928b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cart_items_tenant_cart_variant" ON "cart_items" ("tenant_id", "cart_id", "variant_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_cart_items_tenant_cart_variant"`);
    await queryRunner.query(`DROP TABLE "cart_items"`);
    await queryRunner.query(`DROP INDEX "public"."uq_carts_tenant_visitor_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_carts_tenant_updated"`);
    await queryRunner.query(`DROP TABLE "carts"`);
    await queryRunner.query(`DROP INDEX "public"."uq_discount_codes_tenant_code"`);
    await queryRunner.query(`DROP TABLE "discount_codes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_events_tenant_order"`);
    await queryRunner.query(`DROP TABLE "order_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_lines_tenant_order"`);
    await queryRunner.query(`DROP TABLE "order_lines"`);
    await queryRunner.query(`DROP INDEX "public"."uq_order_settings_tenant"`);
    await queryRunner.query(`DROP TABLE "order_settings"`);
    await queryRunner.query(`DROP INDEX "public"."uq_orders_tenant_number"`);
    await queryRunner.query(`DROP INDEX "public"."ix_orders_tenant_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_orders_tenant_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_orders_tenant_visitor"`);
    await queryRunner.query(`DROP INDEX "public"."ix_orders_tenant_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_orders_tenant_payment_due"`);
    await queryRunner.query(`DROP TABLE "orders"`);
    await queryRunner.query(`DROP INDEX "public"."uq_payment_webhook_events_tenant_event"`);
    await queryRunner.query(`DROP TABLE "payment_webhook_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_payment_refunds_tenant_payment"`);
    await queryRunner.query(`DROP TABLE "payment_refunds"`);
    await queryRunner.query(`DROP INDEX "public"."ix_payments_tenant_order"`);
    await queryRunner.query(`DROP INDEX "public"."uq_payments_tenant_external"`);
    await queryRunner.query(`DROP TABLE "payments"`);
  }
}
