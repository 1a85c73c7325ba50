import { Column, DeleteDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

export type ProductStatus = 'draft' | 'active' | 'archived';

/** Attribute name → values, merging the product's own attributes with its variants' options (what facets count). */
export type AttributeValues = Record<string, string[]>;

/**
 * A sellable product. Price, stock and attribute columns summarise its variants so search can
 * filter and sort without a join; the search vector is maintained by a database trigger.
 */
@Entity('products')
@Index('uq_products_tenant_sku', ['tenantId', 'sku'], { unique: true })
@Index('ix_products_tenant_name', ['tenantId', 'name'])
@Index('ix_products_tenant_created', ['tenantId', 'createdAt'])
// GIN indexes (btree_gin lets them start with tenant_id) are created by hand in the migration.
@Index('ix_products_tenant_search', { synchronize: false })
@Index('ix_products_tenant_name_trgm', { synchronize: false })
@Index('ix_products_tenant_attributes', { synchronize: false })
@Index('ix_products_tenant_categories', { synchronize: false })
export class Product extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** The brand's display name, kept beside brand_id for search and display. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  brand!: string | null;

  @Column({ name: 'brand_id', type: 'uuid', nullable: true })
  brandId!: string | null;

  /** Path of the main category ("Men > Tops > Jackets"). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  category!: string | null;

  /** Every category the product is in, with their ancestors, so a category filter includes subcategories. */
  @Column({ name: 'category_ids', type: 'uuid', array: true, default: () => "'{}'" })
  categoryIds!: string[];

  /** Names of those categories, searched with the text. */
  @Column({ name: 'category_names', type: 'text', default: '' })
  categoryNames!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  attributes!: AttributeValues;

  /** Variant SKUs, option values and compacted model codes ("wh1000xm4"), searched with the text. */
  @Column({ type: 'text', default: '' })
  keywords!: string;

  /** Lowest regular price among the variants, in minor units. */
  @Column({ name: 'price_cents', type: 'integer' })
  priceCents!: number;

  /** Sale price of the cheapest variant on sale, with its window; null when none. */
  @Column({ name: 'sale_price_cents', type: 'integer', nullable: true })
  salePriceCents!: number | null;

  @Column({ name: 'sale_starts_at', type: 'timestamptz', nullable: true })
  saleStartsAt!: Date | null;

  @Column({ name: 'sale_ends_at', type: 'timestamptz', nullable: true })
  saleEndsAt!: Date | null;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  @Column({ name: 'image_url', type: 'varchar', length: 1000, nullable: true })
  imageUrl!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  images!: string[];

  /** Units available to sell across variants and locations (on hand minus reserved). */
  @Column({ type: 'integer', default: 0 })
  stock!: number;

  @Column({ type: 'boolean', default: false })
  featured!: boolean;

  @Column({ name: 'rating_avg', type: 'real', default: 0 })
  ratingAvg!: number;

  @Column({ name: 'review_count', type: 'integer', default: 0 })
  reviewCount!: number;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: ProductStatus;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** Written by the products_search_vector trigger; never selected. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  /** The last word of the name (the product type, usually), stemmed by the same trigger. */
  @Column({ name: 'name_head', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  nameHead?: string;
}
