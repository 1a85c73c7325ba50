import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../platform/database/tenant-owned.entity';

export type ProductStatus = 'draft' | 'active' | 'archived';

@Entity('products')
@Index('uq_products_tenant_sku', ['tenantId', 'sku'], { unique: true })
@Index('ix_products_tenant_name', ['tenantId', 'name'])
export class Product extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  brand!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  category!: string | null;

  /** Minor units (cents) so money never meets floating point. */
  @Column({ name: 'price_cents', type: 'integer' })
  priceCents!: number;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  @Column({ name: 'image_url', type: 'varchar', length: 1000, nullable: true })
  imageUrl!: string | null;

  @Column({ type: 'integer', default: 0 })
  stock!: number;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: ProductStatus;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
