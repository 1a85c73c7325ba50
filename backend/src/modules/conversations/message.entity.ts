import { MessageAuthor } from '@shopdesk/shared';
import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../platform/database/tenant-owned.entity';
import { MessageBlock } from './message-blocks';
import { SystemEvent } from './system-event';

@Entity('messages')
@Index('uq_messages_conversation_seq', ['tenantId', 'conversationId', 'seq'], { unique: true })
// One bot reply per visitor message, so a retried reply job never answers twice.
@Index('uq_messages_bot_reply', ['tenantId', 'inReplyTo'], { unique: true, where: `"author" = 'bot' AND "in_reply_to" IS NOT NULL` })
export class Message extends TenantOwnedEntity {
  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 16 })
  author!: MessageAuthor;

  /** The staff user or visitor who wrote it; null for the bot and system events. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  /** The agent's name as the visitor saw it when the message was written. */
  @Column({ name: 'author_name', type: 'varchar', length: 120, nullable: true })
  authorName!: string | null;

  @Column({ type: 'text' })
  text!: string;

  /** Staff-only notes: stored in the transcript, never delivered to the visitor. */
  @Column({ type: 'boolean', default: false })
  internal!: boolean;

  /** For system messages: what happened, so clients can word it in the visitor's language. */
  @Column({ name: 'system_event', type: 'varchar', length: 32, nullable: true })
  systemEvent!: SystemEvent | null;

  /** Product cards, quick replies, images, order and payment cards under the text. */
  @Column({ type: 'jsonb', default: '[]' })
  blocks!: MessageBlock[];

  @Column({ name: 'in_reply_to', type: 'uuid', nullable: true })
  inReplyTo!: string | null;
}
