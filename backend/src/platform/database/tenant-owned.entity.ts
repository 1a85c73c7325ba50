import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Base of every row that belongs to one store. Data access adds the tenant filter from the context. */
export abstract class TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
