import { AssistantSettings } from './assistant-settings.entity';
import { DEFAULT_REPLY_LANGUAGES } from './reply-languages';

/** When the assistant hands over to a person, which languages it speaks and how much it may answer. */
export interface ReplyRules {
  /** ISO 639-1 codes; the first is the fallback for a visitor whose language is not enabled. */
  languages: string[];
  handoffOnNegativeSentiment: boolean;
  /** -1..0: a visitor message scoring below this counts as negative. */
  handoffSentimentThreshold: number;
  /** 0: never hand over for unresolved turns. */
  handoffAfterUnresolvedTurns: number;
  handoffKeywords: string[];
  /** null: no limit. */
  visitorMessagesPerDay: number | null;
  /** AI-answered messages per store per day (UTC); null: no limit. */
  tenantMessagesPerDay: number | null;
}

export const DEFAULT_REPLY_RULES: Readonly<ReplyRules> = {
  languages: DEFAULT_REPLY_LANGUAGES,
  handoffOnNegativeSentiment: false,
  handoffSentimentThreshold: -0.5,
  handoffAfterUnresolvedTurns: 0,
  handoffKeywords: [],
  visitorMessagesPerDay: null,
  tenantMessagesPerDay: null,
};

/** The rules a saved row holds, or the defaults for a store that never saved its settings. */
export function replyRulesOf(row: AssistantSettings | null): ReplyRules {
  if (!row) return { ...DEFAULT_REPLY_RULES, languages: [...DEFAULT_REPLY_RULES.languages], handoffKeywords: [] };
  return {
    languages: row.languages,
    handoffOnNegativeSentiment: row.handoffOnNegativeSentiment,
    handoffSentimentThreshold: row.handoffSentimentThreshold,
    handoffAfterUnresolvedTurns: row.handoffAfterUnresolvedTurns,
    handoffKeywords: row.handoffKeywords,
    visitorMessagesPerDay: row.visitorMessagesPerDay,
    tenantMessagesPerDay: row.tenantMessagesPerDay,
  };
}
