import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';
import { DialogueState } from '../providers/assistant-provider';

/** One answered visitor message: what was understood, how it was answered and what it cost. */
@Entity('assistant_turns')
@Index('ix_assistant_turns_tenant_conversation', ['tenantId', 'conversationId', 'createdAt'])
@Index('uq_assistant_turns_tenant_message', ['tenantId', 'messageId'], { unique: true })
@Index('ix_assistant_turns_tenant_created', ['tenantId', 'createdAt'])
export class AssistantTurn extends TenantOwnedEntity {
  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  /** The visitor message answered. */
  @Column({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  /** The bot message posted; null when the bot was silenced (takeover, handoff). */
  @Column({ name: 'reply_message_id', type: 'uuid', nullable: true })
  replyMessageId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  intent!: string;

  @Column({ type: 'real' })
  confidence!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  entities!: Array<{ type: string; value: string }>;

  /** Visitor sentiment, -1..1. */
  @Column({ type: 'real' })
  sentiment!: number;

  @Column({ type: 'varchar', length: 16 })
  provider!: string;

  /** Why the model was not used or failed (timeout, http, circuit_open…), when the rules answered instead. */
  @Column({ name: 'fallback_reason', type: 'varchar', length: 32, nullable: true })
  fallbackReason!: string | null;

  /** ok, too_long, abuse, injection, budget. */
  @Column({ type: 'varchar', length: 16 })
  guard!: string;

  @Column({ name: 'prompt_tokens', type: 'int', default: 0 })
  promptTokens!: number;

  @Column({ name: 'completion_tokens', type: 'int', default: 0 })
  completionTokens!: number;

  @Column({ name: 'latency_ms', type: 'int' })
  latencyMs!: number;

  /** Figures a reply stated that no tool backed, so the reply was replaced. */
  @Column({ name: 'grounding_corrections', type: 'int', default: 0 })
  groundingCorrections!: number;

  @Column({ name: 'tool_calls', type: 'jsonb', default: () => "'[]'" })
  toolCalls!: Array<{ name: string; ok: boolean }>;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  citations!: string[];

  /** Slot-filling state carried to the next turn. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  state!: DialogueState;
}
