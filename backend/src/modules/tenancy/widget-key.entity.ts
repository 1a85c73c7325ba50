import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../platform/database/tenant-owned.entity';

@Entity('widget_keys')
@Index('ix_widget_keys_tenant', ['tenantId', 'createdAt'])
export class WidgetKey extends TenantOwnedEntity {
  @Index('uq_widget_keys_public_key', { unique: true })
  @Column({ name: 'public_key', type: 'varchar', length: 64 })
  publicKey!: string;

  /** Exact origins (`https://shop.example`) or one-level wildcards (`https://*.example.com`). */
  @Column({ name: 'allowed_origins', type: 'text', array: true })
  allowedOrigins!: string[];

  /** Shared with the store's server to sign shopper identities (HMAC); never sent to browsers. */
  @Column({ name: 'identity_secret', type: 'varchar', length: 128 })
  identitySecret!: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
