import type { AssistantSettings, AssistantSettingsInput, ProviderChoice } from './assistant-settings.models';

export const MAX_HANDOFF_KEYWORDS = 20;
export const MAX_HANDOFF_KEYWORD_LENGTH = 40;

/** The settings form's value: keywords as typed text, the API key as a replacement or a removal. */
export interface SettingsFormValue {
  readonly persona: string;
  readonly tone: string;
  readonly greeting: string;
  readonly offTopicReply: string;
  readonly languages: readonly string[];
  readonly provider: ProviderChoice;
  readonly baseUrl: string;
  readonly model: string;
  /** A new key to store; empty keeps the stored one. */
  readonly apiKey: string;
  readonly removeApiKey: boolean;
  readonly handoffOnNegativeSentiment: boolean;
  readonly handoffSentimentThreshold: number | null;
  readonly handoffAfterUnresolvedTurns: number | null;
  readonly handoffKeywords: string;
  readonly visitorMessagesPerDay: number | null;
  readonly tenantMessagesPerDay: number | null;
  readonly dailyTokenBudget: number | null;
}

export function formValueOf(settings: AssistantSettings): SettingsFormValue {
  return {
    persona: settings.persona,
    tone: settings.tone,
    greeting: settings.greeting,
    offTopicReply: settings.offTopicReply,
    languages: settings.languages,
    provider: settings.provider,
    baseUrl: settings.baseUrl ?? '',
    model: settings.model ?? '',
    apiKey: '',
    removeApiKey: false,
    handoffOnNegativeSentiment: settings.handoffOnNegativeSentiment,
    handoffSentimentThreshold: settings.handoffSentimentThreshold,
    handoffAfterUnresolvedTurns: settings.handoffAfterUnresolvedTurns,
    handoffKeywords: settings.handoffKeywords.join(', '),
    visitorMessagesPerDay: settings.visitorMessagesPerDay,
    tenantMessagesPerDay: settings.tenantMessagesPerDay,
    dailyTokenBudget: settings.dailyTokenBudget,
  };
}

/** Keywords separated by commas or lines, trimmed, each once (ignoring case). */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const keyword = raw.trim();
    if (keyword && !seen.has(keyword.toLowerCase())) {
      seen.add(keyword.toLowerCase());
      keywords.push(keyword);
    }
  }
  return keywords;
}

/** Why the keywords cannot be saved, or null when they can. */
export function keywordProblem(text: string): string | null {
  const keywords = parseKeywords(text);
  if (keywords.length > MAX_HANDOFF_KEYWORDS) return `Use at most ${MAX_HANDOFF_KEYWORDS} keywords (there are ${keywords.length})`;
  const long = keywords.find((keyword) => keyword.length > MAX_HANDOFF_KEYWORD_LENGTH);
  return long ? `“${long.slice(0, 20)}…” is longer than ${MAX_HANDOFF_KEYWORD_LENGTH} characters` : null;
}

/** The mutation input for a form value; the key is sent only when replaced or removed. */
export function settingsInputOf(value: SettingsFormValue): AssistantSettingsInput {
  const apiKey = value.removeApiKey ? '' : value.apiKey.trim();
  return {
    persona: value.persona.trim(),
    tone: value.tone,
    greeting: value.greeting.trim(),
    offTopicReply: value.offTopicReply.trim(),
    languages: value.languages,
    provider: value.provider,
    baseUrl: value.baseUrl.trim() || null,
    model: value.model.trim() || null,
    handoffOnNegativeSentiment: value.handoffOnNegativeSentiment,
    handoffSentimentThreshold: value.handoffSentimentThreshold ?? -0.5,
    handoffAfterUnresolvedTurns: value.handoffAfterUnresolvedTurns ?? 0,
    handoffKeywords: parseKeywords(value.handoffKeywords),
    visitorMessagesPerDay: value.visitorMessagesPerDay,
    tenantMessagesPerDay: value.tenantMessagesPerDay,
    dailyTokenBudget: value.dailyTokenBudget,
    ...(value.removeApiKey || apiKey ? { apiKey } : {}),
  };
}

/** "1,234 of 5,000" or "1,234 (no limit)". */
export function usageAgainst(used: number, limit: number | null): string {
  return limit === null ? `${used.toLocaleString('en')} (no limit)` : `${used.toLocaleString('en')} of ${limit.toLocaleString('en')}`;
}
