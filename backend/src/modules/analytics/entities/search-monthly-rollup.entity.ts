import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/**
 * SearchRollup summed per calendar month (store-local). Long ranges read whole months from here and
 * only their partial first and last months from the daily rows, so a year is ~12 rows per term, not 365.
 */
@Entity('analytics_search_monthly')
@Index('uq_analytics_search_monthly', ['tenantId', 'month', 'term'], { unique: true })
// One term's months (the searches behind a demand gap).
@Index('ix_analytics_search_monthly_term', ['tenantId', 'term', 'month'])
export class SearchMonthlyRollup extends TenantOwnedEntity {
  /** First day of the month. */
  @Column({ type: 'date' })
  month!: string;

  @Column({ type: 'varchar', length: 100 })
  term!: string;

  @Column({ type: 'integer', default: 0 })
  searches!: number;

  @Column({ type: 'integer', default: 0 })
  misses!: number;
}
