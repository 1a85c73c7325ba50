import { Check, Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';
import { OrderStatus } from './order-status';

export type OrderSource = 'chat' | 'staff';

/** What a shopper bought, for how much, and where it stands. Amounts are in minor units. */
@Entity('orders')
@Index('uq_orders_tenant_number', ['tenantId', 'number'], { unique: true })
@Index('ix_orders_tenant_status_created', ['tenantId', 'status', 'createdAt'])
@Index('ix_orders_tenant_created', ['tenantId', 'createdAt'])
@Index('ix_orders_tenant_visitor', ['tenantId', 'visitorId'])
@Index('ix_orders_tenant_email', ['tenantId', 'customerEmail'])
@Index('ix_orders_tenant_payment_due', ['tenantId', 'paymentDueAt'], { where: `"status" = 'awaiting_payment'` })
@Check('ck_orders_refunded', '"refunded_cents" >= 0 AND "refunded_cents" <= "paid_cents"')
export class Order extends TenantOwnedEntity {
  /** Short code shoppers quote ("K7M2-9QXD"): random, so one order's number tells nothing about another's. */
  @Column({ type: 'varchar', length: 16 })
  number!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: OrderStatus;

  @Column({ type: 'varchar', length: 8, default: 'chat' })
  source!: OrderSource;

  @Column({ name: 'visitor_id', type: 'uuid', nullable: true })
  visitorId!: string | null;

  @Column({ name: 'conversation_id', type: 'uuid', nullable: true })
  conversationId!: string | null;

  /** Lower-cased. */
  @Column({ name: 'customer_email', type: 'varchar', length: 254 })
  customerEmail!: string;

  @Column({ name: 'customer_name', type: 'varchar', length: 120, nullable: true })
  customerName!: string | null;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'subtotal_cents', type: 'integer' })
  subtotalCents!: number;

  @Column({ name: 'discount_cents', type: 'integer', default: 0 })
  discountCents!: number;

  @Column({ name: 'discount_code', type: 'varchar', length: 40, nullable: true })
  discountCode!: string | null;

  @Column({ name: 'shipping_cents', type: 'integer', default: 0 })
  shippingCents!: number;

  @Column({ name: 'tax_cents', type: 'integer', default: 0 })
  taxCents!: number;

  @Column({ name: 'total_cents', type: 'integer' })
  totalCents!: number;

  @Column({ name: 'paid_cents', type: 'integer', default: 0 })
  paidCents!: number;

  @Column({ name: 'refunded_cents', type: 'integer', default: 0 })
  refundedCents!: number;

  /** stripe or manual. */
  @Column({ name: 'payment_provider', type: 'varchar', length: 16 })
  paymentProvider!: string;

  /** Unpaid by then, the order is cancelled and its stock released. */
  @Column({ name: 'payment_due_at', type: 'timestamptz', nullable: true })
  paymentDueAt!: Date | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt!: Date | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  carrier!: string | null;

  @Column({ name: 'tracking_number', type: 'varchar', length: 100, nullable: true })
  trackingNumber!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
