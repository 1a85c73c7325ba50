import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { TenantDataService } from '../../../platform/database/tenant-data.service';
import { UserInputError } from '../../../platform/graphql/app-errors';
import { AssistantSettings, ProviderChoice } from './assistant-settings.entity';
import { ProviderKeyCipher } from './provider-key-cipher';
import { DEFAULT_REPLY_RULES, ReplyRules, replyRulesOf } from './reply-rules';

export interface AssistantSettingsPatch {
  persona?: string;
  tone?: string;
  greeting?: string;
  offTopicReply?: string;
  provider?: ProviderChoice;
  baseUrl?: string | null;
  model?: string | null;
  /** A new key; an empty string removes the stored one. */
  apiKey?: string | null;
  dailyTokenBudget?: number | null;
  languages?: string[] | null;
  handoffOnNegativeSentiment?: boolean | null;
  handoffSentimentThreshold?: number | null;
  handoffAfterUnresolvedTurns?: number | null;
  /** Trimmed, blanks and case-insensitive repeats dropped. */
  handoffKeywords?: string[] | null;
  visitorMessagesPerDay?: number | null;
  tenantMessagesPerDay?: number | null;
}

/** What the reply engine needs of a store's settings, with the key decrypted. */
export interface EffectiveSettings extends ReplyRules {
  persona: string;
  tone: string;
  greeting: string;
  offTopicReply: string;
  provider: ProviderChoice;
  endpoint: { baseUrl: string; model: string; apiKey: string | undefined } | null;
  /** null: the platform default. */
  dailyTokenBudget: number | null;
  /** Changes whenever the settings do: caches of per-store clients key on it. */
  version: string;
}

// Settings are read on every turn; other instances see a change within this time.
const CACHE_MS = 10_000;
const MAX_CACHED = 5000;

const DEFAULTS: Omit<EffectiveSettings, 'version'> = {
  persona: '',
  tone: 'friendly',
  greeting: '',
  offTopicReply: '',
  provider: 'platform',
  endpoint: null,
  dailyTokenBudget: null,
  ...DEFAULT_REPLY_RULES,
};
// Columns that cannot be null: a null in the patch leaves them as they are.
const REQUIRED_RULES = ['languages', 'handoffOnNegativeSentiment', 'handoffSentimentThreshold', 'handoffAfterUnresolvedTurns'] as const;

@Injectable()
export class AssistantSettingsService {
  private readonly cache = new Map<string, { at: number; value: EffectiveSettings }>();

  constructor(
    private readonly data: TenantDataService,
    private readonly cipher: ProviderKeyCipher,
  ) {}

  async get(ctx: TenantContext): Promise<AssistantSettings | null> {
    return this.data.repo(ctx, AssistantSettings).findOneBy({});
  }

  /** The settings a turn runs with, cached briefly per store (this instance drops its copy on update). */
  async effective(ctx: TenantContext): Promise<EffectiveSettings> {
    const hit = this.cache.get(ctx.tenantId);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
    const value = await this.load(ctx);
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(ctx.tenantId, { at: Date.now(), value });
    return value;
  }

  private async load(ctx: TenantContext): Promise<EffectiveSettings> {
    const row = await this.get(ctx);
    if (!row) return { ...DEFAULTS, version: 'default' };
    const endpoint =
      row.provider === 'openai' && row.baseUrl && row.model
        ? { baseUrl: row.baseUrl, model: row.model, apiKey: row.apiKeyEncrypted ? this.cipher.decrypt(row.apiKeyEncrypted) : undefined }
        : null;
    return {
      persona: row.persona,
      tone: row.tone,
      greeting: row.greeting,
      offTopicReply: row.offTopicReply,
      provider: row.provider,
      endpoint,
      dailyTokenBudget: row.dailyTokenBudget,
      ...replyRulesOf(row),
      version: row.updatedAt.toISOString(),
    };
  }

  async update(ctx: TenantContext, patch: AssistantSettingsPatch): Promise<AssistantSettings> {
    if (patch.baseUrl && !/^https?:\/\/[^\s]+$/i.test(patch.baseUrl)) throw new UserInputError('The endpoint must be an http(s) URL', { baseUrl: ['invalid'] });
    this.cache.delete(ctx.tenantId);
    return this.data.transaction(ctx, async (tx) => {
      tx.afterCommit(() => this.cache.delete(tx.tenantId));
      const repo = this.data.repo(tx, AssistantSettings);
      const values: Partial<AssistantSettings> = {};
      for (const key of ['persona', 'tone', 'greeting', 'offTopicReply', 'provider', 'baseUrl', 'model'] as const) {
        if (patch[key] !== undefined) (values as Record<string, unknown>)[key] = typeof patch[key] === 'string' ? (patch[key] as string).trim() || (key === 'baseUrl' || key === 'model' ? null : '') : patch[key];
      }
      if (patch.dailyTokenBudget !== undefined) values.dailyTokenBudget = patch.dailyTokenBudget;
      for (const key of REQUIRED_RULES) {
        if (patch[key] !== undefined && patch[key] !== null) (values as Record<string, unknown>)[key] = patch[key];
      }
      if (patch.handoffKeywords !== undefined) values.handoffKeywords = distinctKeywords(patch.handoffKeywords ?? []);
      if (patch.visitorMessagesPerDay !== undefined) values.visitorMessagesPerDay = patch.visitorMessagesPerDay;
      if (patch.tenantMessagesPerDay !== undefined) values.tenantMessagesPerDay = patch.tenantMessagesPerDay;
      if (patch.apiKey !== undefined) values.apiKeyEncrypted = patch.apiKey ? this.cipher.encrypt(patch.apiKey.trim()) : null;
      const existing = await repo.findOneBy({});
      if (!existing) return repo.insert(values);
      await repo.update({ id: existing.id }, values);
      return (await repo.findOneBy({ id: existing.id }))!;
    });
  }
}

function distinctKeywords(keywords: string[]): string[] {
  const seen = new Set<string>();
  return keywords
    .map((keyword) => keyword.trim())
    .filter((keyword) => {
      const key = keyword.toLowerCase();
      if (!keyword || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
