import { Permission } from '@shopdesk/shared';
import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../platform/database/tenant-owned.entity';

@Entity('api_keys')
@Index('ix_api_keys_tenant', ['tenantId', 'createdAt'])
export class ApiKey extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** The first characters of the secret, shown in lists so staff can tell keys apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  /** SHA-256 of the whole secret: the key has 256 random bits, so a slow hash adds nothing. */
  @Index('uq_api_keys_secret_hash', { unique: true })
  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash!: string;

  @Column({ type: 'text', array: true })
  scopes!: Permission[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
