import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';
import { OrderedItem } from '../ingest/analytics-inputs';

/**
 * One row per order seen, so an order reported twice counts once. An order is known from its
 * placement but counts (orders, revenue, units) only once paid; a cancellation or refund takes a
 * counted order back out.
 */
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

  /** Named by the checkout: used to credit the order to a conversation once it counts. */
  @Column({ name: 'visitor_id', type: 'uuid', nullable: true })
  visitorId!: string | null;

  /** The lines, kept so that paying or voiding the order can add or take out its units. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  items!: OrderedItem[];

  /** Paid (or reported as confirmed): the order is in the figures. */
  @Column({ type: 'boolean', default: true })
  counted!: boolean;

  /** Cancelled or refunded: the order is not (or no longer) in the figures. */
  @Column({ type: 'boolean', default: false })
  voided!: boolean;
}
