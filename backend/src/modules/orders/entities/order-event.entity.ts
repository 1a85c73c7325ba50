import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** One entry of an order's timeline: what happened, who did it, when. Append-only. */
@Entity('order_events')
@Index('ix_order_events_tenant_order', ['tenantId', 'orderId', 'at'])
export class OrderEvent extends TenantOwnedEntity {
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  /** placed, paid, processing, shipped, delivered, cancelled, refunded, payment_expired, note, … */
  @Column({ type: 'varchar', length: 32 })
  type!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus!: string | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20, nullable: true })
  toStatus!: string | null;

  /** staff, visitor, api_key or system. */
  @Column({ name: 'actor_kind', type: 'varchar', length: 12 })
  actorKind!: string;

  /** The staff user, visitor or API key id, or the system job's reason. */
  @Column({ name: 'actor_id', type: 'varchar', length: 120, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  message!: string;

  /** Shown to the shopper when they track the order (internal notes are not). */
  @Column({ name: 'visible_to_customer', type: 'boolean', default: true })
  visibleToCustomer!: boolean;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: Record<string, unknown>;

  /** Wall-clock time of the entry: created_at is the transaction's start, shared by all its entries. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at!: Date;
}
