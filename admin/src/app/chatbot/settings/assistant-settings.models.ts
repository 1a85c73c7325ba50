export type ProviderChoice = 'PLATFORM' | 'RULES' | 'OPENAI';

export interface AssistantSettings {
  readonly persona: string;
  readonly tone: string;
  readonly greeting: string;
  readonly offTopicReply: string;
  readonly languages: readonly string[];
  readonly provider: ProviderChoice;
  readonly baseUrl: string | null;
  readonly model: string | null;
  readonly hasApiKey: boolean;
  readonly handoffOnNegativeSentiment: boolean;
  readonly handoffSentimentThreshold: number;
  readonly handoffAfterUnresolvedTurns: number;
  readonly handoffKeywords: readonly string[];
  readonly visitorMessagesPerDay: number | null;
  readonly tenantMessagesPerDay: number | null;
  readonly dailyTokenBudget: number | null;
}

/** What a save sends: every editable field, the key only when it changes (an empty string removes it). */
export type AssistantSettingsInput = Omit<AssistantSettings, 'hasApiKey'> & { readonly apiKey?: string };

export interface AssistantUsage {
  readonly turns: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly blocked: number;
  readonly fallbacks: number;
}

export interface ConnectionTest {
  readonly ok: boolean;
  readonly provider: string;
  readonly latencyMs: number;
  readonly message: string;
}

export const PROVIDER_LABELS: Readonly<Record<ProviderChoice, string>> = {
  PLATFORM: 'Shopdesk’s model',
  RULES: 'Built-in rules (no model)',
  OPENAI: 'Your own OpenAI-compatible model',
};

export const TONES: readonly { readonly value: string; readonly label: string }[] = [
  { value: 'friendly', label: 'Friendly' },
  { value: 'professional', label: 'Professional' },
  { value: 'playful', label: 'Playful' },
  { value: 'concise', label: 'Concise' },
];

/** The reply languages the server supports, with their names in their own language. */
export const REPLY_LANGUAGES: readonly { readonly code: string; readonly label: string }[] = [
  { code: 'en', label: 'English' },
  { code: 'de', label: 'Deutsch' },
  { code: 'fr', label: 'Français' },
  { code: 'es', label: 'Español' },
];
