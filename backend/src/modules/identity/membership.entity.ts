import { Role } from '@shopdesk/shared';
import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../platform/database/tenant-owned.entity';

@Entity('memberships')
@Index('uq_memberships_tenant_user', ['tenantId', 'userId'], { unique: true })
@Index('ix_memberships_user', ['userId'])
export class Membership extends TenantOwnedEntity {
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;
}
