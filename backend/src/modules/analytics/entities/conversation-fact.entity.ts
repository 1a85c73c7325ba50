import { ConversationStatus } from '@shopdesk/shared';
import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/**
 * What analytics knows about one conversation, merged from its events in any order. The daily
 * conversation figures are recomputed from these rows, so a late or repeated event never skews them.
 */
@Entity('analytics_conversations')
@Index('uq_analytics_conversations_conversation', ['tenantId', 'conversationId'], { unique: true })
@Index('ix_analytics_conversations_day', ['tenantId', 'day'])
@Index('ix_analytics_conversations_visitor', ['tenantId', 'visitorId', 'startedAt'])
export class ConversationFact extends TenantOwnedEntity {
  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @Column({ name: 'visitor_id', type: 'uuid' })
  visitorId!: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  /** The store-local day the conversation started: every conversation figure counts it there. */
  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'varchar', length: 24 })
  status!: ConversationStatus;

  /** When the status above was true; an older event never overwrites a newer status. */
  @Column({ name: 'status_at', type: 'timestamptz' })
  statusAt!: Date;

  @Column({ name: 'first_visitor_at', type: 'timestamptz', nullable: true })
  firstVisitorAt!: Date | null;

  @Column({ name: 'last_visitor_at', type: 'timestamptz', nullable: true })
  lastVisitorAt!: Date | null;

  @Column({ name: 'first_bot_at', type: 'timestamptz', nullable: true })
  firstBotAt!: Date | null;

  @Column({ name: 'first_agent_at', type: 'timestamptz', nullable: true })
  firstAgentAt!: Date | null;

  /** First time a person was needed: the visitor asked for one or staff took over. */
  @Column({ name: 'handoff_at', type: 'timestamptz', nullable: true })
  handoffAt!: Date | null;

  /** Latest time the conversation was marked resolved. */
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  /** The visitor came back within 24 h of a resolution about the same thing (see BOT_RESOLUTION in analytics-definitions). */
  @Column({ type: 'boolean', default: false })
  returned!: boolean;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  intents!: string[];

  @Column({ type: 'boolean', default: false })
  carted!: boolean;

  @Column({ type: 'boolean', default: false })
  ordered!: boolean;

  /** The visitor's latest rating, 1 to 5 (CSAT), from the conversation's snapshot. */
  @Column({ name: 'csat_score', type: 'smallint', nullable: true })
  csatScore!: number | null;
}
