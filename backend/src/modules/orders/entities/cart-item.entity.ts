import { Check, Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** A variant and how many of it; prices are read live so the cart always shows today's price. */
@Entity('cart_items')
@Index('uq_cart_items_tenant_cart_variant', ['tenantId', 'cartId', 'variantId'], { unique: true })
@Check('ck_cart_items_quantity', '"quantity" > 0')
export class CartItem extends TenantOwnedEntity {
  @Column({ name: 'cart_id', type: 'uuid' })
  cartId!: string;

  @Column({ name: 'variant_id', type: 'uuid' })
  variantId!: string;

  @Column({ type: 'integer' })
  quantity!: number;
}
