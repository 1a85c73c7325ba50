import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

export type ProductActivityKind = 'view' | 'cart' | 'order';

/** Views, add-to-carts and orders of a product: the signals behind trending, bought-together and for-you. */
@Entity('product_activity')
@Index('ix_product_activity_tenant_created', ['tenantId', 'createdAt'])
@Index('ix_product_activity_tenant_visitor', ['tenantId', 'visitorId'])
@Index('ix_product_activity_tenant_order', ['tenantId', 'orderRef'])
export class ProductActivity extends TenantOwnedEntity {
  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ type: 'varchar', length: 8 })
  kind!: ProductActivityKind;

  @Column({ name: 'visitor_id', type: 'uuid', nullable: true })
  visitorId!: string | null;

  /** Groups the products of one order, for bought-together. */
  @Column({ name: 'order_ref', type: 'varchar', length: 64, nullable: true })
  orderRef!: string | null;
}
