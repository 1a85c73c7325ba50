import { MigrationInterface, QueryRunner } from 'typeorm';

export class Wishlists1795326303513 implements MigrationInterface {
  name = 'Wishlists1795326303513';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "wishlist_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "visitor_id" uuid NOT NULL, "product_id" uuid NOT NULL, "variant_id" uuid, CONSTRAINT "PK_0bd52924a97cda208ed2a07bd69" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_wishlist_items_tenant_visitor_variant" ON "wishlist_items" ("tenant_id", "visitor_id", "variant_id") WHERE "variant_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_wishlist_items_tenant_visitor_product" ON "wishlist_items" ("tenant_id", "visitor_id", "product_id") WHERE "variant_id" IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_wishlist_items_tenant_visitor" ON "wishlist_items" ("tenant_id", "visitor_id", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_wishlist_items_tenant_visitor"`);
    await queryRunner.query(`DROP INDEX "public"."uq_wishlist_items_tenant_visitor_product"`);
    await queryRunner.query(`DROP INDEX "public"."uq_wishlist_items_tenant_visitor_variant"`);
    await queryRunner.query(`DROP TABLE "wishlist_items"`);
  }
}
