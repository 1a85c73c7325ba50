import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** Searches per normalised term and store-local day; misses are the ones that found nothing. */
@Entity('analytics_search_daily')
@Index('uq_analytics_search_daily', ['tenantId', 'day', 'term'], { unique: true })
// The last day one term was searched for in vain (demand gaps).
@Index('ix_analytics_search_daily_term', ['tenantId', 'term', 'day'])
export class SearchRollup extends TenantOwnedEntity {
  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'varchar', length: 100 })
  term!: string;

  @Column({ type: 'integer', default: 0 })
  searches!: number;

  @Column({ type: 'integer', default: 0 })
  misses!: number;
}
