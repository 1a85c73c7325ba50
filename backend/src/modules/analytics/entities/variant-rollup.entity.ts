import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** Units sold per variant and store-local day, from paid orders: the sales velocity stock-out dates come from. */
@Entity('analytics_variant_daily')
// Day first: the sales velocity reads every variant's last weeks; by variant: the last known name of one.
@Index('uq_analytics_variant_daily', ['tenantId', 'day', 'variantId'], { unique: true })
@Index('ix_analytics_variant_daily_variant', ['tenantId', 'variantId', 'day'])
export class VariantRollup extends TenantOwnedEntity {
  @Column({ type: 'date' })
  day!: string;

  @Column({ name: 'variant_id', type: 'uuid' })
  variantId!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'varchar', length: 64 })
  sku!: string;

  /** The product name at the time of the latest order. */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'integer', default: 0 })
  units!: number;
}
