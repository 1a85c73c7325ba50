import { Check, Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** One buyable combination of options (size M, colour Blue) with its own SKU, price and stock. */
@Entity('product_variants')
@Index('uq_product_variants_tenant_sku', ['tenantId', 'sku'], { unique: true })
@Check('ck_product_variants_stock', '"stock" >= 0')
@Check('ck_product_variants_price', '"price_cents" >= 0 AND ("sale_price_cents" IS NULL OR "sale_price_cents" >= 0)')
@Index('ix_product_variants_tenant_product', ['tenantId', 'productId'])
export class ProductVariant extends TenantOwnedEntity {
  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  options!: Record<string, string>;

  @Column({ name: 'price_cents', type: 'integer' })
  priceCents!: number;

  @Column({ name: 'sale_price_cents', type: 'integer', nullable: true })
  salePriceCents!: number | null;

  @Column({ name: 'sale_starts_at', type: 'timestamptz', nullable: true })
  saleStartsAt!: Date | null;

  @Column({ name: 'sale_ends_at', type: 'timestamptz', nullable: true })
  saleEndsAt!: Date | null;

  /** Units available to sell, kept in step with inventory. */
  @Column({ type: 'integer', default: 0 })
  stock!: number;

  @Column({ name: 'image_url', type: 'varchar', length: 1000, nullable: true })
  imageUrl!: string | null;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
