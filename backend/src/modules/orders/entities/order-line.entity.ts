import { Check, Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** One variant of an order, with the name and price it had when ordered, and its stock hold. */
@Entity('order_lines')
@Index('ix_order_lines_tenant_order', ['tenantId', 'orderId'])
@Check('ck_order_lines_quantity', '"quantity" > 0')
export class OrderLine extends TenantOwnedEntity {
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'variant_id', type: 'uuid' })
  variantId!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ name: 'unit_price_cents', type: 'integer' })
  unitPriceCents!: number;

  /** The inventory hold taken at checkout, turned into a sale once paid. */
  @Column({ name: 'reservation_id', type: 'uuid', nullable: true })
  reservationId!: string | null;

  /** Units put back on the shelf (cancelled after sale, refund with restock). */
  @Column({ name: 'restocked_quantity', type: 'integer', default: 0 })
  restockedQuantity!: number;
}
