import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../platform/database/tenant-owned.entity';

/** A saved answer agents insert instead of typing it again (`/shipping` → the shipping text). */
@Entity('canned_replies')
@Index('uq_canned_replies_tenant_shortcut', ['tenantId', 'shortcut'], { unique: true })
export class CannedReply extends TenantOwnedEntity {
  /** Lower-case letters, digits and dashes, typed after a slash. */
  @Column({ type: 'varchar', length: 40 })
  shortcut!: string;

  @Column({ type: 'text' })
  text!: string;
}
