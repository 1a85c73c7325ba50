import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

export type CatalogImportStatus = 'queued' | 'running' | 'succeeded' | 'failed';
export type CatalogImportFormat = 'csv' | 'json';

export interface ImportRowError {
  row: number;
  sku: string | null;
  message: string;
}

/** One uploaded file and what became of it; the file is applied whole or not at all. */
@Entity('catalog_imports')
@Index('ix_catalog_imports_tenant_created', ['tenantId', 'createdAt'])
export class CatalogImport extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 16 })
  status!: CatalogImportStatus;

  @Column({ type: 'varchar', length: 8 })
  format!: CatalogImportFormat;

  @Column({ name: 'file_name', type: 'varchar', length: 255, default: '' })
  fileName!: string;

  /** Kept until the job has run so it can be retried from the row alone. */
  @Column({ type: 'text', nullable: true, select: false })
  content!: string | null;

  @Column({ name: 'total_rows', type: 'integer', default: 0 })
  totalRows!: number;

  @Column({ name: 'processed_rows', type: 'integer', default: 0 })
  processedRows!: number;

  @Column({ name: 'created_products', type: 'integer', default: 0 })
  createdProducts!: number;

  @Column({ name: 'updated_products', type: 'integer', default: 0 })
  updatedProducts!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors!: ImportRowError[];

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
