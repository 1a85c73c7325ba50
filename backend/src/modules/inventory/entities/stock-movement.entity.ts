import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

export type StockMovementKind = 'receipt' | 'sale' | 'reservation' | 'release' | 'adjustment' | 'transfer' | 'return';

/** Append-only ledger: every change of on-hand or reserved units, with why and who. */
@Entity('stock_movements')
@Index('ix_stock_movements_tenant_variant_created', ['tenantId', 'variantId', 'createdAt'])
@Index('ix_stock_movements_tenant_created', ['tenantId', 'createdAt'])
export class StockMovement extends TenantOwnedEntity {
  @Column({ name: 'variant_id', type: 'uuid' })
  variantId!: string;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: StockMovementKind;

  /** Change of on-hand units (negative when stock leaves). */
  @Column({ name: 'on_hand_delta', type: 'integer', default: 0 })
  onHandDelta!: number;

  /** Change of reserved units. */
  @Column({ name: 'reserved_delta', type: 'integer', default: 0 })
  reservedDelta!: number;

  @Column({ type: 'varchar', length: 255, default: '' })
  reason!: string;

  /** Who did it: "user:<id>", "visitor:<id>", "system:<reason>". */
  @Column({ type: 'varchar', length: 120 })
  actor!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  reference!: string | null;
}
