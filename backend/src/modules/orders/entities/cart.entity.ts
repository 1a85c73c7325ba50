import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

export type CartStatus = 'open' | 'checked_out';

/** A visitor's basket. One open cart per visitor; checking out closes it. */
@Entity('carts')
@Index('uq_carts_tenant_visitor_open', ['tenantId', 'visitorId'], { unique: true, where: `"status" = 'open'` })
@Index('ix_carts_tenant_updated', ['tenantId', 'updatedAt'])
export class Cart extends TenantOwnedEntity {
  @Column({ name: 'visitor_id', type: 'uuid' })
  visitorId!: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: CartStatus;

  @Column({ name: 'discount_code', type: 'varchar', length: 40, nullable: true })
  discountCode!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
