import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../platform/database/tenant-owned.entity';

@Entity('visitors')
@Index('ix_visitors_tenant', ['tenantId', 'createdAt'])
// One visitor per store customer, so a signed-in shopper finds their conversations on any device.
@Index('uq_visitors_tenant_external', ['tenantId', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
export class Visitor extends TenantOwnedEntity {
  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  /** The store's own customer id, once the store has vouched for it with a signed identity. */
  @Column({ name: 'external_id', type: 'varchar', length: 200, nullable: true })
  externalId!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;
}
