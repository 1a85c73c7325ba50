import { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogAndInventory1795309044607 implements MigrationInterface {
  name = 'CatalogAndInventory1795309044607';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "stock_movements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "variant_id" uuid NOT NULL, "location_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "on_hand_delta" integer NOT NULL DEFAULT '0', "reserved_delta" integer NOT NULL DEFAULT '0', "reason" character varying(255) NOT NULL DEFAULT '', "actor" character varying(120) NOT NULL, "reference" character varying(120), CONSTRAINT "PK_57a26b190618550d8e65fb860e7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_stock_movements_tenant_created" ON "stock_movements" ("tenant_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_stock_movements_tenant_variant_created" ON "stock_movements" ("tenant_id", "variant_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "stock_reservations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "variant_id" uuid NOT NULL, "location_id" uuid NOT NULL, "quantity" integer NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'active', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reference" character varying(120), CONSTRAINT "PK_46ec0f5605d70f64654ad4e7bd9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_stock_reservations_tenant_reference" ON "stock_reservations" ("tenant_id", "reference") `);
    await queryRunner.query(`CREATE INDEX "ix_stock_reservations_tenant_status_expires" ON "stock_reservations" ("tenant_id", "status", "expires_at") `);
    await queryRunner.query(`CREATE TABLE "stock_locations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(120) NOT NULL, "code" character varying(40) NOT NULL, CONSTRAINT "PK_86370cc527e4982c542b286f11c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_stock_locations_tenant_code" ON "stock_locations" ("tenant_id", "code") `);
    await queryRunner.query(`CREATE TABLE "stock_levels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "variant_id" uuid NOT NULL, "location_id" uuid NOT NULL, "on_hand" integer NOT NULL DEFAULT '0', "reserved" integer NOT NULL DEFAULT '0', "low_stock_threshold" integer, "low_stock_alerted" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_stock_levels_reserved" CHECK ("reserved" >= 0 AND "reserved" <= "on_hand"), CONSTRAINT "ck_stock_levels_on_hand" CHECK ("on_hand" >= 0), CONSTRAINT "PK_ee416fdf2f5696dff16fd0c1c90" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_stock_levels_tenant_location" ON "stock_levels" ("tenant_id", "location_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_stock_levels_tenant_variant_location" ON "stock_levels" ("tenant_id", "variant_id", "location_id") `);
    await queryRunner.query(`CREATE TABLE "search_synonyms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "term" character varying(80) NOT NULL, "synonyms" text array NOT NULL, CONSTRAINT "PK_ce183cb7609a798751043c85c5f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_search_synonyms_tenant_term" ON "search_synonyms" ("tenant_id", "term") `);
    await queryRunner.query(`CREATE TABLE "search_misses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "query" character varying(200) NOT NULL, "filter" jsonb NOT NULL DEFAULT '{}', "visitor_id" uuid, CONSTRAINT "PK_b0c23b32ca6dde42bae8608ce4c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_search_misses_tenant_created" ON "search_misses" ("tenant_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "product_variants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "product_id" uuid NOT NULL, "sku" character varying(64) NOT NULL, "options" jsonb NOT NULL DEFAULT '{}', "price_cents" integer NOT NULL, "sale_price_cents" integer, "sale_starts_at" TIMESTAMP WITH TIME ZONE, "sale_ends_at" TIMESTAMP WITH TIME ZONE, "stock" integer NOT NULL DEFAULT '0', "image_url" character varying(1000), "position" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_281e3f2c55652d6a22c0aa59fd7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_product_variants_tenant_product" ON "product_variants" ("tenant_id", "product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_product_variants_tenant_sku" ON "product_variants" ("tenant_id", "sku") `);
    await queryRunner.query(`CREATE TABLE "product_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "product_id" uuid NOT NULL, "rating" smallint NOT NULL, "title" character varying(255) NOT NULL DEFAULT '', "body" text NOT NULL DEFAULT '', "author" character varying(120) NOT NULL DEFAULT '', CONSTRAINT "PK_67c1501aea1b0633ec441b00bd5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_product_reviews_tenant_product" ON "product_reviews" ("tenant_id", "product_id") `);
    await queryRunner.query(`CREATE TABLE "product_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "product_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "visitor_id" uuid, "order_ref" character varying(64), CONSTRAINT "PK_dddb512d9e4f44720eff3410051" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_product_activity_tenant_order" ON "product_activity" ("tenant_id", "order_ref") `);
    await queryRunner.query(`CREATE INDEX "ix_product_activity_tenant_visitor" ON "product_activity" ("tenant_id", "visitor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_product_activity_tenant_created" ON "product_activity" ("tenant_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(120) NOT NULL, "path" character varying(500) NOT NULL, "parent_id" uuid, "depth" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_24dbc6126a28ff948da33e97d3b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_categories_tenant_parent" ON "categories" ("tenant_id", "parent_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_categories_tenant_path" ON "categories" ("tenant_id", "path") `);
    await queryRunner.query(`CREATE TABLE "catalog_terms" ("tenant_id" uuid NOT NULL, "term" character varying(100) NOT NULL, "documents" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_a4180e77bb1a2447013bccc300b" PRIMARY KEY ("tenant_id", "term"))`);
    await queryRunner.query(`CREATE TABLE "catalog_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status" character varying(16) NOT NULL, "format" character varying(8) NOT NULL, "file_name" character varying(255) NOT NULL DEFAULT '', "content" text, "total_rows" integer NOT NULL DEFAULT '0', "processed_rows" integer NOT NULL DEFAULT '0', "created_products" integer NOT NULL DEFAULT '0', "updated_products" integer NOT NULL DEFAULT '0', "errors" jsonb NOT NULL DEFAULT '[]', "finished_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_534430ad56514be7fa01ba846ca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_catalog_imports_tenant_created" ON "catalog_imports" ("tenant_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "brands" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(120) NOT NULL, "slug" character varying(120) NOT NULL, CONSTRAINT "PK_b0c437120b624da1034a81fc561" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_brands_tenant_slug" ON "brands" ("tenant_id", "slug") `);
    await queryRunner.query(`ALTER TABLE "products" ADD "brand_id" uuid`);
    await queryRunner.query(`ALTER TABLE "products" ADD "category_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "products" ADD "category_names" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "products" ADD "attributes" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "products" ADD "keywords" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "products" ADD "sale_price_cents" integer`);
    await queryRunner.query(`ALTER TABLE "products" ADD "sale_starts_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "products" ADD "sale_ends_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "products" ADD "images" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "products" ADD "featured" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "products" ADD "rating_avg" real NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "products" ADD "review_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "products" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "products" ADD "search_vector" tsvector`);
    await queryRunner.query(`ALTER TABLE "products" ADD "name_head" tsvector`);
    await queryRunner.query(`CREATE INDEX "ix_products_tenant_created" ON "products" ("tenant_id", "created_at") `);
    // Written by hand: extensions, the search trigger and the GIN indexes the entities declare with synchronize: false.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(`ALTER TABLE "product_reviews" ADD CONSTRAINT "ck_product_reviews_rating" CHECK ("rating" BETWEEN 1 AND 5)`);
    await queryRunner.query(`ALTER TABLE "product_variants" ADD CONSTRAINT "ck_product_variants_stock" CHECK ("stock" >= 0)`);
    await queryRunner.query(`ALTER TABLE "product_variants" ADD CONSTRAINT "ck_product_variants_price" CHECK ("price_cents" >= 0 AND ("sale_price_cents" IS NULL OR "sale_price_cents" >= 0))`);
    // unaccent() is only STABLE (it reads its dictionary by name); pinning the dictionary makes it safe to index.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION shopdesk_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION products_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english', shopdesk_unaccent(coalesce(NEW.name, ''))), 'A') ||
    setweight(to_tsvector('english', shopdesk_unaccent(coalesce(NEW.brand, '') || ' ' || NEW.sku || ' ' || coalesce(NEW.category_names, ''))), 'B') ||
    setweight(to_tsvector('english', shopdesk_unaccent(coalesce(NEW.keywords, ''))), 'C') ||
    setweight(to_tsvector('english', shopdesk_unaccent(left(coalesce(NEW.description, ''), 4000))), 'D');
  NEW.name_head := to_tsvector('english', shopdesk_unaccent(coalesce(substring(NEW.name from '([[:alpha:]]+)[^[:alpha:]]*$'), '')));
  RETURN NEW;
END $$`);
    // Keep the vectors inline and uncompressed when the row allows (the description is compressed first):
    // ranking reads them several times per row, and decompressing each time dominated search latency.
    await queryRunner.query(`ALTER TABLE "products" ALTER COLUMN "search_vector" SET STORAGE MAIN`);
    await queryRunner.query(`ALTER TABLE "products" ALTER COLUMN "name_head" SET STORAGE MAIN`);
    await queryRunner.query(`CREATE TRIGGER products_search_vector BEFORE INSERT OR UPDATE OF name, brand, sku, category_names, keywords, description ON "products" FOR EACH ROW EXECUTE FUNCTION products_search_vector()`);
    await queryRunner.query(`UPDATE "products" SET "name" = "name"`);
    await queryRunner.query(`CREATE INDEX "ix_products_tenant_search" ON "products" USING gin ("tenant_id", "search_vector")`);
    await queryRunner.query(`CREATE INDEX "ix_products_tenant_name_trgm" ON "products" USING gin ("tenant_id", "name" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "ix_products_tenant_attributes" ON "products" USING gin ("tenant_id", "attributes" jsonb_path_ops)`);
    await queryRunner.query(`CREATE INDEX "ix_products_tenant_categories" ON "products" USING gin ("tenant_id", "category_ids")`);
    await queryRunner.query(`CREATE INDEX "ix_catalog_terms_tenant_term_trgm" ON "catalog_terms" USING gin ("tenant_id", "term" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_catalog_terms_tenant_term_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_products_tenant_categories"`);
    await queryRunner.query(`DROP INDEX "public"."ix_products_tenant_attributes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_products_tenant_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_products_tenant_search"`);
    await queryRunner.query(`DROP TRIGGER products_search_vector ON "products"`);
    await queryRunner.query(`DROP FUNCTION products_search_vector()`);
    await queryRunner.query(`DROP FUNCTION shopdesk_unaccent(text)`);
    await queryRunner.query(`ALTER TABLE "product_variants" DROP CONSTRAINT "ck_product_variants_price"`);
    await queryRunner.query(`ALTER TABLE "product_variants" DROP CONSTRAINT "ck_product_variants_stock"`);
    await queryRunner.query(`ALTER TABLE "product_reviews" DROP CONSTRAINT "ck_product_reviews_rating"`);
    await queryRunner.query(`DROP INDEX "public"."ix_products_tenant_created"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "name_head"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "search_vector"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "deleted_at"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "review_count"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "rating_avg"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "featured"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "images"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "sale_ends_at"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "sale_starts_at"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "sale_price_cents"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "keywords"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "attributes"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "category_names"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "category_ids"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "brand_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_brands_tenant_slug"`);
    await queryRunner.query(`DROP TABLE "brands"`);
    await queryRunner.query(`DROP INDEX "public"."ix_catalog_imports_tenant_created"`);
    await queryRunner.query(`DROP TABLE "catalog_imports"`);
    await queryRunner.query(`DROP TABLE "catalog_terms"`);
    await queryRunner.query(`DROP INDEX "public"."uq_categories_tenant_path"`);
    await queryRunner.query(`DROP INDEX "public"."ix_categories_tenant_parent"`);
    await queryRunner.query(`DROP TABLE "categories"`);
    await queryRunner.query(`DROP INDEX "public"."ix_product_activity_tenant_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_product_activity_tenant_visitor"`);
    await queryRunner.query(`DROP INDEX "public"."ix_product_activity_tenant_order"`);
    await queryRunner.query(`DROP TABLE "product_activity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_product_reviews_tenant_product"`);
    await queryRunner.query(`DROP TABLE "product_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."uq_product_variants_tenant_sku"`);
    await queryRunner.query(`DROP INDEX "public"."ix_product_variants_tenant_product"`);
    await queryRunner.query(`DROP TABLE "product_variants"`);
    await queryRunner.query(`DROP INDEX "public"."ix_search_misses_tenant_created"`);
    await queryRunner.query(`DROP TABLE "search_misses"`);
    await queryRunner.query(`DROP INDEX "public"."uq_search_synonyms_tenant_term"`);
    await queryRunner.query(`DROP TABLE "search_synonyms"`);
    await queryRunner.query(`DROP INDEX "public"."uq_stock_levels_tenant_variant_location"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stock_levels_tenant_location"`);
    await queryRunner.query(`DROP TABLE "stock_levels"`);
    await queryRunner.query(`DROP INDEX "public"."uq_stock_locations_tenant_code"`);
    await queryRunner.query(`DROP TABLE "stock_locations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stock_reservations_tenant_status_expires"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stock_reservations_tenant_reference"`);
    await queryRunner.query(`DROP TABLE "stock_reservations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stock_movements_tenant_variant_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stock_movements_tenant_created"`);
    await queryRunner.query(`DROP TABLE "stock_movements"`);
  }
}
