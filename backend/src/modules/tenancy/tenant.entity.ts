import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BusinessHours } from './business-hours';

export interface WidgetAppearance {
  greeting: string;
  primaryColor: string;
  position: 'right' | 'left';
  assistantName: string;
  /** https only, so a storefront never loads mixed content. */
  avatarUrl: string | null;
  launcherText: string;
}

@Entity('tenants')
export class Tenant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Index('uq_tenants_slug', { unique: true })
  @Column({ type: 'varchar', length: 63 })
  slug!: string;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: 'active' | 'suspended';

  @Column({ type: 'jsonb', default: {} })
  widget!: Partial<WidgetAppearance>;

  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timezone!: string;

  /** Opening hours in the store's time zone; `{}` until the store sets them. */
  @Column({ name: 'business_hours', type: 'jsonb', default: {} })
  businessHours!: Partial<BusinessHours>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
