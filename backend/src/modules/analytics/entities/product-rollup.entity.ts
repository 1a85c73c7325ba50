import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** Units and revenue per product and store-local day, from placed orders. */
@Entity('analytics_product_daily')
@Index('uq_analytics_product_daily', ['tenantId', 'day', 'productId'], { unique: true })
export class ProductRollup extends TenantOwnedEntity {
  @Column({ type: 'date' })
  day!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  /** The name at the time of the latest order, so lists need no catalog lookup. */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'integer', default: 0 })
  units!: number;

  @Column({ name: 'revenue_minor', type: 'bigint', default: 0 })
  revenueMinor!: string;

  @Column({ name: 'chat_units', type: 'integer', default: 0 })
  chatUnits!: number;
}
