import { ProductFact } from '../tools/assistant-tool';
import { ToolCallRecord } from '../tools/tool-registry';
import { ReplyTemplates } from '../providers/reply-templates';

// An amount as any reply language writes it: "1,234.50", "1.234,50", "1 234,50" (French groups
// with a narrow no-break space) or ungrouped "1234,50" (Spanish).
const AMOUNT = String.raw`\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
// "$55.00" and "US$" before the amount; "55,00 €", "55,00 $US", "55,00 US$", "55 euros" after it.
const MONEY = new RegExp(
  String.raw`(?:(?:US)?[$€£]\s?(${AMOUNT}))|(?:\b(${AMOUNT})\s?(?:(?:US)?[$€£](?:US|GB)?|usd\b|eur\b|gbp\b|dollars?\b|euros?\b|pounds?\b))`,
  'gi',
);
const STOCK = [
  /\b(\d+)\s+(?:units?|pieces?|pcs|items?|pairs?)?\s*(?:left|in stock|available|remaining)\b/gi,
  /\bstock(?:\s+level)?\s*(?:is|of|:|=)\s*(\d+)\b/gi,
  /\bonly\s+(\d+)\s+(?:units?|pieces?|pcs|items?|pairs?)?\b/gi,
  // "12 verfügbar", "12 disponibles", "12 en existencia": the stock lines of the other reply languages.
  /\b(\d+)\s+(?:stück\s+)?(?:verfügbar|auf lager|vorrätig|disponibles?|en stock|en existencia)/gi,
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
    const value = amountOf(match[1] ?? match[2] ?? '');
    if (Number.isFinite(value)) cents.push(Math.round(value * 100));
  }
  return cents;
}

/** "1.234,50" → 1234.5: a separator before one or two final digits is the decimal one, others group. */
function amountOf(raw: string): number {
  const digits = raw.replace(/[\u00a0\u202f]/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, decimal.index) : digits).replace(/[.,]/g, '');
  return Number(decimal ? `${whole}.${decimal[1]}` : whole);
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
export function groundedReplacement(calls: ToolCallRecord[], replies: ReplyTemplates): string {
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
  if (!products.length) return replies.noFigures;
  return replies.productList(products, replies.intro.current);
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
