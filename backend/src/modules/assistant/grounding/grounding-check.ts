import { ProductFact } from '../tools/assistant-tool';
import { ToolCallRecord } from '../tools/tool-registry';
import { productList, TEMPLATES } from '../providers/reply-templates';

const MONEY = /(?:([$€£])\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?))|(?:\b(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(?:[$€£]|usd\b|eur\b|gbp\b|dollars?\b|euros?\b|pounds?\b))/gi;
const STOCK = [
  /\b(\d+)\s+(?:units?|pieces?|pcs|items?|pairs?)?\s*(?:left|in stock|available|remaining)\b/gi,
  /\bstock(?:\s+level)?\s*(?:is|of|:|=)\s*(\d+)\b/gi,
  /\bonly\s+(\d+)\s+(?:units?|pieces?|pcs|items?|pairs?)?\b/gi,
];

export interface GroundingVerdict {
  grounded: boolean;
  /** The figures in the reply that no tool result of the turn backs. */
  unsupported: string[];
}

/** Price figures in a text, in cents. */
export function pricesIn(text: string): number[] {
  const cents: number[] = [];
  for (const match of text.matchAll(MONEY)) {
    const raw = (match[2] ?? match[3] ?? '').replace(/,(?=\d{3}\b)/g, '').replace(',', '.');
    const value = Number(raw);
    if (Number.isFinite(value)) cents.push(Math.round(value * 100));
  }
  return cents;
}

function stockIn(text: string): number[] {
  return STOCK.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => Number(m[1])));
}

/**
 * Every price and stock figure of a reply must come from a tool result of the same turn (or be an
 * amount the shopper wrote, such as their budget). Anything else is unsupported.
 */
export function checkGrounding(reply: string, calls: ToolCallRecord[], visitorText: string): GroundingVerdict {
  const prices = new Set<number>(pricesIn(visitorText));
  const stock = new Set<number>();
  for (const call of calls) {
    call.result.facts.pricesCents.forEach((p) => prices.add(p));
    call.result.facts.stock.forEach((s) => stock.add(s));
  }
  const unsupported: string[] = [];
  for (const cents of pricesIn(reply)) if (!prices.has(cents)) unsupported.push(`price ${(cents / 100).toFixed(2)}`);
  for (const units of stockIn(reply)) if (!stock.has(units)) unsupported.push(`stock ${units}`);
  return { grounded: unsupported.length === 0, unsupported };
}

/** The templated reply that replaces an ungrounded one: the tool data itself, or a safe sentence. */
export function groundedReplacement(calls: ToolCallRecord[]): string {
  const seen = new Set<string>();
  const products: ProductFact[] = [];
  for (const call of calls) {
    for (const p of call.result.products) {
      if (!seen.has(p.id)) {
        seen.add(p.id);
        products.push(p);
      }
    }
  }
  if (!products.length) return TEMPLATES.noFigures();
  return productList(products, 'Here are the current details:');
}

/** Whether a reply repeats a sentence of the system prompt. */
export function leaksPrompt(reply: string, systemPrompt: string): boolean {
  const normalized = reply.toLowerCase().replace(/\s+/g, ' ');
  return systemPrompt
    .split(/\n|(?<=\.)\s/)
    .map((s) => s.trim().toLowerCase().replace(/\s+/g, ' '))
    .filter((s) => s.length >= 40 && !s.startsWith('understood request'))
    .some((s) => normalized.includes(s.slice(0, 60)));
}
