import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderReturns1795323922390 implements MigrationInterface {
  name = 'OrderReturns1795323922390';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "order_returns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_id" uuid NOT NULL, "status" character varying(12) NOT NULL, "reason" character varying(500) NOT NULL, "rejection_reason" character varying(300), "refunded_cents" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_579752300589723ade9af5f1122" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_order_returns_tenant_status" ON "order_returns" ("tenant_id", "status") `);
    await queryRunner.query(`CREATE INDEX "ix_order_returns_tenant_order" ON "order_returns" ("tenant_id", "order_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "order_return_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "return_id" uuid NOT NULL, "order_line_id" uuid NOT NULL, "quantity" integer NOT NULL, "restocked_quantity" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_order_return_lines_quantity" CHECK ("quantity" > 0 AND "restocked_quantity" >= 0 AND "restocked_quantity" <= "quantity"), CONSTRAINT "PK_9705bb3669730f139cf39fff0cf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_order_return_lines_tenant_order_line" ON "order_return_lines" ("tenant_id", "order_line_id") `);
    await queryRunner.query(`CREATE INDEX "ix_order_return_lines_tenant_return" ON "order_return_lines" ("tenant_id", "return_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_order_return_lines_tenant_return"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_return_lines_tenant_order_line"`);
    await queryRunner.query(`DROP TABLE "order_return_lines"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_returns_tenant_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_returns_tenant_status"`);
    await queryRunner.query(`DROP TABLE "order_returns"`);
  }
}
