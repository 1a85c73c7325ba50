import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

@Entity('brands')
@Index('uq_brands_tenant_slug', ['tenantId', 'slug'], { unique: true })
export class Brand extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 120 })
  slug!: string;
}
