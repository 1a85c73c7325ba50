import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** A node of the store's category tree; `path` ("Men/Tops/Jackets") identifies it. */
@Entity('categories')
@Index('uq_categories_tenant_path', ['tenantId', 'path'], { unique: true })
@Index('ix_categories_tenant_parent', ['tenantId', 'parentId'])
export class Category extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 500 })
  path!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'integer', default: 0 })
  depth!: number;
}
