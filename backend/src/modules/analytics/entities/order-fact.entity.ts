import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** One row per order seen, so an order reported twice counts once. */
@Entity('analytics_orders')
@Index('uq_analytics_orders_order', ['tenantId', 'orderId'], { unique: true })
export class OrderFact extends TenantOwnedEntity {
  @Column({ name: 'order_id', type: 'varchar', length: 64 })
  orderId!: string;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt!: Date;

  @Column({ type: 'date' })
  day!: string;

  @Column({ name: 'total_minor', type: 'bigint' })
  totalMinor!: string;

  /** The conversation the order is credited to, when it came from chat. */
  @Column({ name: 'conversation_id', type: 'uuid', nullable: true })
  conversationId!: string | null;
}
