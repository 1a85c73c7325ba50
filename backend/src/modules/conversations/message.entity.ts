import { MessageAuthor } from '@shopdesk/shared';
import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../platform/database/tenant-owned.entity';

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

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'in_reply_to', type: 'uuid', nullable: true })
  inReplyTo!: string | null;
}
