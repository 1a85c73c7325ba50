import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';
import { ShippingMethod } from '../order-quote';

export type DraftOrderStatus = 'open' | 'invoiced';

export interface DraftOrderItem {
  variantId: string;
  quantity: number;
}

/** An order staff put together for a customer (phone, email, chat), priced live until the invoice is sent. */
@Entity('draft_orders')
@Index('ix_draft_orders_tenant_status_updated', ['tenantId', 'status', 'updatedAt'])
export class DraftOrder extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 12, default: 'open' })
  status!: DraftOrderStatus;

  /** Lower-cased. */
  @Column({ name: 'customer_email', type: 'varchar', length: 254 })
  customerEmail!: string;

  @Column({ name: 'customer_name', type: 'varchar', length: 120, nullable: true })
  customerName!: string | null;

  /** Variants and quantities, in the order staff added them. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  items!: DraftOrderItem[];

  @Column({ name: 'discount_code', type: 'varchar', length: 40, nullable: true })
  discountCode!: string | null;

  @Column({ name: 'shipping_method', type: 'varchar', length: 12, default: 'standard' })
  shippingMethod!: ShippingMethod;

  /** The order the invoice created. */
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
