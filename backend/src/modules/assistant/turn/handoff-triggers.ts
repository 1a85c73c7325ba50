import { EffectiveSettings } from '../settings/assistant-settings.service';
import { ToolCallRecord } from '../tools/tool-registry';
import { Understanding } from '../understanding/understanding';

/** Tools that look something up for the shopper; a turn whose lookups all came back empty did not help. */
const LOOKUPS = new Set(['search_products', 'get_product', 'check_stock', 'get_policy']);
/** Below this the intent is a guess, and a reply built on it that found nothing did not help. */
export const LOW_CONFIDENCE = 0.3;

export type HandoffTrigger = 'keyword' | 'negative_sentiment';

/** The store's keyword the message contains, as a whole word or phrase and in any case. */
export function handoffKeywordIn(text: string, keywords: readonly string[]): string | null {
  const lower = text.toLowerCase();
  return (
    keywords.find((keyword) => {
      const phrase = keyword.trim().toLowerCase();
      if (!phrase) return false;
      const pattern = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u').test(lower);
    }) ?? null
  );
}

/** Why the store wants this message handed to a person before the assistant answers, if it does. */
export function handoffTrigger(text: string, sentiment: number, rules: Pick<EffectiveSettings, 'handoffKeywords' | 'handoffOnNegativeSentiment' | 'handoffSentimentThreshold'>): HandoffTrigger | null {
  if (handoffKeywordIn(text, rules.handoffKeywords)) return 'keyword';
  if (rules.handoffOnNegativeSentiment && sentiment < rules.handoffSentimentThreshold) return 'negative_sentiment';
  return null;
}

/**
 * Whether the assistant could not help with a turn: the message was out of scope (and answered
 * with the store's scope sentence, no tool run and no question pending), or every lookup it made
 * (product search, product, stock, store policy) found nothing, or it guessed the intent (below
 * LOW_CONFIDENCE) and nothing it ran found or did anything.
 */
export function couldNotHelp(understanding: Understanding, toolCalls: readonly ToolCallRecord[], pendingIntent: string | null): boolean {
  const found = (call: ToolCallRecord) => call.result.products.length > 0 || call.result.citations.length > 0;
  if (!toolCalls.length) return !pendingIntent && (understanding.intent === 'out_of_scope' || understanding.intent === 'provide_details' || understanding.confidence < LOW_CONFIDENCE);
  const lookups = toolCalls.filter((call) => LOOKUPS.has(call.name));
  if (lookups.length === toolCalls.length) return !lookups.some(found);
  return understanding.confidence < LOW_CONFIDENCE && !toolCalls.some((call) => found(call) || (!LOOKUPS.has(call.name) && call.result.ok));
}
