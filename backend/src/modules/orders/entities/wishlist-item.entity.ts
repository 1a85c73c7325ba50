import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** Something a visitor saved for later: a whole product, or one variant of it. */
@Entity('wishlist_items')
@Index('ix_wishlist_items_tenant_visitor', ['tenantId', 'visitorId', 'createdAt'])
@Index('uq_wishlist_items_tenant_visitor_product', ['tenantId', 'visitorId', 'productId'], { unique: true, where: '"variant_id" IS NULL' })
@Index('uq_wishlist_items_tenant_visitor_variant', ['tenantId', 'visitorId', 'variantId'], { unique: true, where: '"variant_id" IS NOT NULL' })
export class WishlistItem extends TenantOwnedEntity {
  @Column({ name: 'visitor_id', type: 'uuid' })
  visitorId!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  /** Null: the product, whichever variant. */
  @Column({ name: 'variant_id', type: 'uuid', nullable: true })
  variantId!: string | null;
}
