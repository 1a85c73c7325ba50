import { Check, Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/**
 * Units of one variant at one location. The CHECK constraints make overselling impossible even if
 * a caller got the arithmetic wrong: every change is an atomic UPDATE guarded by these.
 */
@Entity('stock_levels')
@Index('uq_stock_levels_tenant_variant_location', ['tenantId', 'variantId', 'locationId'], { unique: true })
@Index('ix_stock_levels_tenant_location', ['tenantId', 'locationId'])
@Check('ck_stock_levels_on_hand', '"on_hand" >= 0')
@Check('ck_stock_levels_reserved', '"reserved" >= 0 AND "reserved" <= "on_hand"')
export class StockLevel extends TenantOwnedEntity {
  @Column({ name: 'variant_id', type: 'uuid' })
  variantId!: string;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId!: string;

  @Column({ name: 'on_hand', type: 'integer', default: 0 })
  onHand!: number;

  @Column({ type: 'integer', default: 0 })
  reserved!: number;

  /** Alert when available stock falls to or below this; null = no alert. */
  @Column({ name: 'low_stock_threshold', type: 'integer', nullable: true })
  lowStockThreshold!: number | null;

  /** Set when the alert fired, cleared when stock rises above the threshold again: one alert per crossing. */
  @Column({ name: 'low_stock_alerted', type: 'boolean', default: false })
  lowStockAlerted!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
