import { Check, Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

export type InstalmentStatus = 'pending' | 'paid' | 'cancelled';

/** One part of an order's payment plan: an amount due on a date, paid by its own payment. */
@Entity('payment_instalments')
@Index('uq_payment_instalments_tenant_order_number', ['tenantId', 'orderId', 'number'], { unique: true })
@Index('ix_payment_instalments_tenant_email_status', ['tenantId', 'customerEmail', 'status'])
@Check('ck_payment_instalments_amount', '"amount_cents" > 0')
export class PaymentInstalment extends TenantOwnedEntity {
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  /** 1-based; instalment 1 is the deposit that makes the order paid. */
  @Column({ type: 'smallint' })
  number!: number;

  /** How many instalments the plan has. */
  @Column({ name: 'instalment_count', type: 'smallint' })
  count!: number;

  /** The order's customer (lower-cased), so a shopper's outstanding balance is one indexed read. */
  @Column({ name: 'customer_email', type: 'varchar', length: 254 })
  customerEmail!: string;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status!: InstalmentStatus;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
