import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';
import { ReturnStatus } from './return-status';

/** A shopper sending back some units of a shipped order, and what staff made of it. */
@Entity('order_returns')
@Index('ix_order_returns_tenant_order', ['tenantId', 'orderId', 'createdAt'])
@Index('ix_order_returns_tenant_status', ['tenantId', 'status'])
export class OrderReturn extends TenantOwnedEntity {
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: ReturnStatus;

  /** Why the shopper sends it back, in their words. */
  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  /** Why staff refused it. */
  @Column({ name: 'rejection_reason', type: 'varchar', length: 300, nullable: true })
  rejectionReason!: string | null;

  /** What was given back once refunded. */
  @Column({ name: 'refunded_cents', type: 'integer', default: 0 })
  refundedCents!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
