import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The stemmed words of a store's catalog, refreshed after each import: misspelt search words are
 * corrected to the nearest of these (trigram similarity). Keyed by (tenant_id, term).
 */
@Entity('catalog_terms')
@Index('ix_catalog_terms_tenant_term_trgm', { synchronize: false })
export class CatalogTerm {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  term!: string;

  @Column({ type: 'integer', default: 0 })
  documents!: number;
}
