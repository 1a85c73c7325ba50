import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** ProductRollup summed per calendar month (store-local), for the same reason as SearchMonthlyRollup. */
@Entity('analytics_product_monthly')
@Index('uq_analytics_product_monthly', ['tenantId', 'month', 'productId'], { unique: true })
export class ProductMonthlyRollup extends TenantOwnedEntity {
  /** First day of the month. */
  @Column({ type: 'date' })
  month!: string;

  @Column({ name: 'product_id', type: 'varchar', length: 64 })
  productId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'integer', default: 0 })
  units!: number;

  @Column({ name: 'revenue_minor', type: 'bigint', default: 0 })
  revenueMinor!: string;

  @Column({ name: 'chat_units', type: 'integer', default: 0 })
  chatUnits!: number;
}
