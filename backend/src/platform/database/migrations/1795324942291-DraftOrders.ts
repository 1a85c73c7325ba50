import { MigrationInterface, QueryRunner } from 'typeorm';

export class DraftOrders1795324942291 implements MigrationInterface {
  name = 'DraftOrders1795324942291';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "draft_orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status" character varying(12) NOT NULL DEFAULT 'open', "customer_email" character varying(254) NOT NULL, "customer_name" character varying(120), "items" jsonb NOT NULL DEFAULT '[]', "discount_code" character varying(40), "shipping_method" character varying(12) NOT NULL DEFAULT 'standard', "order_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e5327364b558d733f7b490eb8f2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_draft_orders_tenant_status_updated" ON "draft_orders" ("tenant_id", "status", "updated_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_draft_orders_tenant_status_updated"`);
    await queryRunner.query(`DROP TABLE "draft_orders"`);
  }
}
