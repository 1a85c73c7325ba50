import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

export type ProviderChoice = 'platform' | 'rules' | 'openai';

/** How a store's assistant speaks and which model answers; one row per store, absent until first saved. */
@Entity('assistant_settings')
@Index('uq_assistant_settings_tenant', ['tenantId'], { unique: true })
export class AssistantSettings extends TenantOwnedEntity {
  /** Who the assistant is ("Mia, our outdoor gear expert"). */
  @Column({ type: 'varchar', length: 500, default: '' })
  persona!: string;

  @Column({ type: 'varchar', length: 40, default: 'friendly' })
  tone!: string;

  /** First words to a visitor who says hello; the store name is used when empty. */
  @Column({ type: 'varchar', length: 500, default: '' })
  greeting!: string;

  /** Said to questions outside shopping; a default sentence when empty. */
  @Column({ name: 'off_topic_reply', type: 'varchar', length: 500, default: '' })
  offTopicReply!: string;

  /** platform: the server's model if configured; rules: never a model; openai: this store's endpoint. */
  @Column({ type: 'varchar', length: 16, default: 'platform' })
  provider!: ProviderChoice;

  @Column({ name: 'base_url', type: 'varchar', length: 300, nullable: true })
  baseUrl!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  model!: string | null;

  /** The store's API key, AES-256-GCM encrypted (iv.tag.ciphertext, base64url); never returned. */
  @Column({ name: 'api_key_encrypted', type: 'text', nullable: true })
  apiKeyEncrypted!: string | null;

  /** Model tokens the store may use per day (UTC) before the rules answer instead; null: the platform default. */
  @Column({ name: 'daily_token_budget', type: 'int', nullable: true })
  dailyTokenBudget!: number | null;

  /** Languages the assistant may reply in (ISO 639-1, from REPLY_LANGUAGES); the first is the fallback. */
  @Column({ type: 'text', array: true, default: () => "'{en}'" })
  languages!: string[];

  /** Hand the conversation to a person when a visitor message scores below handoffSentimentThreshold. */
  @Column({ name: 'handoff_on_negative_sentiment', type: 'boolean', default: false })
  handoffOnNegativeSentiment!: boolean;

  /** Sentiment score (-1 angry .. 0 neutral) under which a message counts as negative. */
  @Column({ name: 'handoff_sentiment_threshold', type: 'double precision', default: -0.5 })
  handoffSentimentThreshold!: number;

  /** Hand over after this many consecutive turns the bot could not help with; 0: never. */
  @Column({ name: 'handoff_after_unresolved_turns', type: 'int', default: 0 })
  handoffAfterUnresolvedTurns!: number;

  /** Words or phrases that hand the conversation to a person when a visitor writes them. */
  @Column({ name: 'handoff_keywords', type: 'text', array: true, default: () => "'{}'" })
  handoffKeywords!: string[];

  /** Messages one visitor may send per day (UTC); null: no limit. */
  @Column({ name: 'visitor_messages_per_day', type: 'int', nullable: true })
  visitorMessagesPerDay!: number | null;

  /** Messages the assistant answers for the whole store per day (UTC); null: no limit. */
  @Column({ name: 'tenant_messages_per_day', type: 'int', nullable: true })
  tenantMessagesPerDay!: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
