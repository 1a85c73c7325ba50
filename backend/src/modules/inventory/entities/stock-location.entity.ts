import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** A warehouse or shop stock is kept in. */
@Entity('stock_locations')
@Index('uq_stock_locations_tenant_code', ['tenantId', 'code'], { unique: true })
export class StockLocation extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;
}
