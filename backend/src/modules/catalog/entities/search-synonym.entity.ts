import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** A store's own vocabulary: searching `term` also finds products described with any of `synonyms`. */
@Entity('search_synonyms')
@Index('uq_search_synonyms_tenant_term', ['tenantId', 'term'], { unique: true })
export class SearchSynonym extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 80 })
  term!: string;

  @Column({ type: 'text', array: true })
  synonyms!: string[];
}
