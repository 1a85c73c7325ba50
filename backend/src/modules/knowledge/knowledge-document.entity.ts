import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../platform/database/tenant-owned.entity';

export type KnowledgeKind = 'policy' | 'faq' | 'document';
export type KnowledgeFormat = 'markdown' | 'text';

/** A store policy, FAQ or free document the assistant may quote; its chunks are what retrieval finds. */
@Entity('knowledge_documents')
@Index('ix_knowledge_documents_tenant_title', ['tenantId', 'title'])
export class KnowledgeDocument extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: KnowledgeKind;

  @Column({ type: 'varchar', length: 20 })
  format!: KnowledgeFormat;

  @Column({ type: 'text' })
  body!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
