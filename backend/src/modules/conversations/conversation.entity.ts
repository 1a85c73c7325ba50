import { ConversationStatus } from '@shopdesk/shared';
import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../platform/database/tenant-owned.entity';

@Entity('conversations')
@Index('ix_conversations_tenant_activity', ['tenantId', 'lastMessageAt', 'id'])
@Index('ix_conversations_tenant_visitor', ['tenantId', 'visitorId', 'lastMessageAt'])
@Index('ix_conversations_tenant_status', ['tenantId', 'status', 'lastMessageAt'])
@Index('ix_conversations_tenant_assignee', ['tenantId', 'assignedTo', 'lastMessageAt'])
// Lists by start day (drill-down from analytics); activity as a key lets the bands of activity skip rows in the index.
@Index('ix_conversations_tenant_started', ['tenantId', 'createdAt', 'lastMessageAt'])
export class Conversation extends TenantOwnedEntity {
  @Column({ name: 'visitor_id', type: 'uuid' })
  visitorId!: string;

  @Column({ type: 'varchar', length: 24, default: ConversationStatus.BOT })
  status!: ConversationStatus;

  @Column({ name: 'assigned_to', type: 'uuid', nullable: true })
  assignedTo!: string | null;

  /** The assignee's display name, kept with the conversation so lists and live events need no lookup. */
  @Column({ name: 'assigned_name', type: 'varchar', length: 120, nullable: true })
  assignedName!: string | null;

  @Column({ name: 'snoozed_until', type: 'timestamptz', nullable: true })
  snoozedUntil!: Date | null;

  /** Highest message sequence so far; bumped atomically so every message gets the next number. */
  @Column({ name: 'last_seq', type: 'integer', default: 0 })
  lastSeq!: number;

  /** Highest sequence the visitor has seen. */
  @Column({ name: 'visitor_read_seq', type: 'integer', default: 0 })
  visitorReadSeq!: number;

  /** Highest sequence the store's staff have seen. */
  @Column({ name: 'staff_read_seq', type: 'integer', default: 0 })
  staffReadSeq!: number;

  /** Visitor messages after staffReadSeq; maintained with each write so lists need no count query. */
  @Column({ name: 'unread_for_staff', type: 'integer', default: 0 })
  unreadForStaff!: number;

  /** Bot, agent and system messages (never notes) after visitorReadSeq. */
  @Column({ name: 'unread_for_visitor', type: 'integer', default: 0 })
  unreadForVisitor!: number;

  /** The visitor's rating after resolution, 1 (bad) to 5 (great). */
  @Column({ name: 'csat_score', type: 'smallint', nullable: true })
  csatScore!: number | null;

  @Column({ name: 'csat_comment', type: 'varchar', length: 1000, nullable: true })
  csatComment!: string | null;

  @Column({ name: 'last_message_at', type: 'timestamptz', default: () => 'now()' })
  lastMessageAt!: Date;

  @Column({ name: 'last_message_preview', type: 'varchar', length: 200, nullable: true })
  lastMessagePreview!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
