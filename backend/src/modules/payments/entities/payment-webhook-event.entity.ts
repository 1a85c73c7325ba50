import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** A provider event already applied; its unique key makes redelivery a no-op. */
@Entity('payment_webhook_events')
@Index('uq_payment_webhook_events_tenant_event', ['tenantId', 'provider', 'eventId'], { unique: true })
export class PaymentWebhookEvent extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 16 })
  provider!: string;

  @Column({ name: 'event_id', type: 'varchar', length: 255 })
  eventId!: string;

  @Column({ type: 'varchar', length: 80 })
  type!: string;

  /** What applying it did (paid, expired, ignored: already paid, …), for support. */
  @Column({ type: 'varchar', length: 120 })
  outcome!: string;
}
