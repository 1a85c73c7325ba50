import { MigrationInterface, QueryRunner } from 'typeorm';

export class PaymentPlans1795328084728 implements MigrationInterface {
  name = 'PaymentPlans1795328084728';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "payment_instalments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_id" uuid NOT NULL, "number" smallint NOT NULL, "instalment_count" smallint NOT NULL, "customer_email" character varying(254) NOT NULL, "amount_cents" integer NOT NULL, "currency" character(3) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'pending', "paid_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_payment_instalments_amount" CHECK ("amount_cents" > 0), CONSTRAINT "PK_67304a0025b6d160001ab3d988e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_payment_instalments_tenant_email_status" ON "payment_instalments" ("tenant_id", "customer_email", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_payment_instalments_tenant_order_number" ON "payment_instalments" ("tenant_id", "order_id", "number") `);
    await queryRunner.query(`ALTER TABLE "payments" ADD "instalment_id" uuid`);
    await queryRunner.query(`ALTER TABLE "order_settings" ADD "payment_plan_minimum_cents" integer`);
    await queryRunner.query(`ALTER TABLE "order_settings" ADD "payment_plan_instalments" smallint NOT NULL DEFAULT '3'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "order_settings" DROP COLUMN "payment_plan_instalments"`);
    await queryRunner.query(`ALTER TABLE "order_settings" DROP COLUMN "payment_plan_minimum_cents"`);
    await queryRunner.query(`ALTER TABLE "payments" DROP COLUMN "instalment_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_payment_instalments_tenant_order_number"`);
    await queryRunner.query(`DROP INDEX "public"."ix_payment_instalments_tenant_email_status"`);
    await queryRunner.query(`DROP TABLE "payment_instalments"`);
  }
}
