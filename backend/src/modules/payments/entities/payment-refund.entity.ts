import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

export type RefundStatus = 'pending' | 'succeeded' | 'failed';

/** Money given back on a payment, whole or in part. */
@Entity('payment_refunds')
@Index('ix_payment_refunds_tenant_payment', ['tenantId', 'paymentId'])
export class PaymentRefund extends TenantOwnedEntity {
  @Column({ name: 'payment_id', type: 'uuid' })
  paymentId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents!: number;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status!: RefundStatus;

  @Column({ type: 'varchar', length: 255, default: '' })
  reason!: string;

  @Column({ name: 'external_id', type: 'varchar', length: 255, nullable: true })
  externalId!: string | null;
}
