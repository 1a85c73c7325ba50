import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** How often the assistant recognised each intent, per store-local day. */
@Entity('analytics_intent_daily')
@Index('uq_analytics_intent_daily', ['tenantId', 'day', 'intent'], { unique: true })
export class IntentRollup extends TenantOwnedEntity {
  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'varchar', length: 64 })
  intent!: string;

  @Column({ type: 'integer', default: 0 })
  messages!: number;
}
