import { ConversationStatus } from '@shopdesk/shared';
import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../platform/database/tenant-owned.entity';

@Entity('conversations')
@Index('ix_conversations_tenant_activity', ['tenantId', 'lastMessageAt', 'id'])
@Index('ix_conversations_tenant_visitor', ['tenantId', 'visitorId', 'lastMessageAt'])
export class Conversation extends TenantOwnedEntity {
  @Column({ name: 'visitor_id', type: 'uuid' })
  visitorId!: string;

  @Column({ type: 'varchar', length: 24, default: ConversationStatus.BOT })
  status!: ConversationStatus;

  @Column({ name: 'assigned_to', type: 'uuid', nullable: true })
  assignedTo!: string | null;

  /** Highest message sequence so far; bumped atomically so every message gets the next number. */
  @Column({ name: 'last_seq', type: 'integer', default: 0 })
  lastSeq!: number;

  @Column({ name: 'last_message_at', type: 'timestamptz', default: () => 'now()' })
  lastMessageAt!: Date;

  @Column({ name: 'last_message_preview', type: 'varchar', length: 200, nullable: true })
  lastMessagePreview!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
