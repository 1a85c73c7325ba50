import { Check, Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

export type PaymentStatus = 'pending' | 'succeeded' | 'expired' | 'cancelled' | 'failed';

/** One attempt to collect an order's money: a Stripe Checkout Session, or a manual payment staff confirm. */
@Entity('payments')
@Index('ix_payments_tenant_order', ['tenantId', 'orderId'])
@Index('uq_payments_tenant_external', ['tenantId', 'provider', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
@Check('ck_payments_refunded', '"refunded_cents" >= 0 AND "refunded_cents" <= "amount_cents"')
export class Payment extends TenantOwnedEntity {
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  /** The payment plan instalment this collects; null when it pays the whole order. */
  @Column({ name: 'instalment_id', type: 'uuid', nullable: true })
  instalmentId!: string | null;

  /** stripe or manual. */
  @Column({ type: 'varchar', length: 16 })
  provider!: string;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status!: PaymentStatus;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents!: number;

  @Column({ name: 'refunded_cents', type: 'integer', default: 0 })
  refundedCents!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  /** The provider's id (Stripe Checkout Session id). */
  @Column({ name: 'external_id', type: 'varchar', length: 255, nullable: true })
  externalId!: string | null;

  /** Stripe PaymentIntent, known once paid; refunds go through it. */
  @Column({ name: 'payment_intent_id', type: 'varchar', length: 255, nullable: true })
  paymentIntentId!: string | null;

  /** Where the shopper pays; null for manual payments. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'succeeded_at', type: 'timestamptz', nullable: true })
  succeededAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
