/** The admin playground's query, as the assistant suites ask it, and what it answers. */
export const PREVIEW = `query Preview($text: String!, $locale: String) {
  assistantPreview(text: $text, locale: $locale) {
    intent confidence entities { type value } reply toolCalls { name ok arguments } provider fallbackReason guard groundingCorrections citations sentiment
  }
}`;

export interface Preview {
  assistantPreview: {
    intent: string;
    confidence: number;
    entities: Array<{ type: string; value: string }>;
    reply: string;
    toolCalls: Array<{ name: string; ok: boolean; arguments: string }>;
    provider: string;
    fallbackReason: string | null;
    guard: string;
    groundingCorrections: number;
    citations: string[];
    sentiment: number;
  };
}
