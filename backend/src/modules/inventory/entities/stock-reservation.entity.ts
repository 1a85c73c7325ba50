import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

export type ReservationStatus = 'active' | 'released' | 'consumed' | 'expired';

/** Units held for a cart or order until it is paid, cancelled, or the hold expires. */
@Entity('stock_reservations')
@Index('ix_stock_reservations_tenant_status_expires', ['tenantId', 'status', 'expiresAt'])
@Index('ix_stock_reservations_tenant_reference', ['tenantId', 'reference'])
export class StockReservation extends TenantOwnedEntity {
  @Column({ name: 'variant_id', type: 'uuid' })
  variantId!: string;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'varchar', length: 12, default: 'active' })
  status!: ReservationStatus;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'varchar', length: 120, nullable: true })
  reference!: string | null;
}
