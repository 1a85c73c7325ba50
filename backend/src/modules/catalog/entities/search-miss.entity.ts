import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** A search that found nothing: the raw demand the analytics module turns into gaps. */
@Entity('search_misses')
@Index('ix_search_misses_tenant_created', ['tenantId', 'createdAt'])
export class SearchMiss extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  query!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  filter!: Record<string, unknown>;

  @Column({ name: 'visitor_id', type: 'uuid', nullable: true })
  visitorId!: string | null;
}
