import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../platform/database/tenant-owned.entity';
import { KnowledgeDocument } from './knowledge-document.entity';

/** A passage of a document, small enough to quote; searched by full text and by trigram similarity. */
@Entity('knowledge_chunks')
@Index('ix_knowledge_chunks_tenant_document', ['tenantId', 'documentId', 'position'])
// GIN indexes (full text and trigram, both starting with tenant_id) are created by hand in the migration.
@Index('ix_knowledge_chunks_tenant_search', { synchronize: false })
@Index('ix_knowledge_chunks_tenant_trgm', { synchronize: false })
export class KnowledgeChunk extends TenantOwnedEntity {
  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => KnowledgeDocument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: KnowledgeDocument;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  heading!: string;

  @Column({ type: 'text' })
  content!: string;

  /** Filled from heading and content right after the chunk is written; never selected. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;
}
