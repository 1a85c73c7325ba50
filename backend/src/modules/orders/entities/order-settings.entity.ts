import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** A store's tax and shipping rules. A store without a row uses the defaults. */
@Entity('order_settings')
@Index('uq_order_settings_tenant', ['tenantId'], { unique: true })
export class OrderSettings extends TenantOwnedEntity {
  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  /** Tax added on the discounted subtotal, in basis points (825 = 8.25 %). */
  @Column({ name: 'tax_rate_bps', type: 'integer', default: 0 })
  taxRateBps!: number;

  @Column({ name: 'flat_shipping_cents', type: 'integer', default: 0 })
  flatShippingCents!: number;

  /** Shipping is free from this discounted subtotal on; null: never free. */
  @Column({ name: 'free_shipping_over_cents', type: 'integer', nullable: true })
  freeShippingOverCents!: number | null;

  /** Checkouts from this total on are split into a payment plan; null: never. */
  @Column({ name: 'payment_plan_minimum_cents', type: 'integer', nullable: true })
  paymentPlanMinimumCents!: number | null;

  /** How many instalments such a checkout's plan has. */
  @Column({ name: 'payment_plan_instalments', type: 'smallint', default: 3 })
  paymentPlanInstalments!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
