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

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
