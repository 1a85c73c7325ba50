import { Check, Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

export type DiscountKind = 'percentage' | 'fixed';

/** A code shoppers type at checkout: a percentage or a fixed amount off, with optional limits. */
@Entity('discount_codes')
@Index('uq_discount_codes_tenant_code', ['tenantId', 'code'], { unique: true })
@Check('ck_discount_codes_usage', '"usage_limit" IS NULL OR "used_count" <= "usage_limit"')
export class DiscountCode extends TenantOwnedEntity {
  /** Stored upper-case; shoppers may type it in any case. */
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 12 })
  kind!: DiscountKind;

  /** Basis points for a percentage (1500 = 15 %), minor units for a fixed amount. */
  @Column({ type: 'integer' })
  value!: number;

  @Column({ name: 'usage_limit', type: 'integer', nullable: true })
  usageLimit!: number | null;

  @Column({ name: 'used_count', type: 'integer', default: 0 })
  usedCount!: number;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
