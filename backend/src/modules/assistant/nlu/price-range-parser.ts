import type { Entity, PriceRange } from './entity';
import { NUMBER_WORDS_PATTERN, NUMERAL_PATTERN, parseAmount } from './number-words';

type PriceEntity = Extract<Entity, { type: 'price_range' | 'currency' }>;

interface Amount {
  value: number;
  currency?: string;
  start: number;
  end: number;
}

const SYMBOL_CURRENCIES: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const WORD_CURRENCIES: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', bucks: 'USD', usd: 'USD', 'us$': 'USD',
  euro: 'EUR', euros: 'EUR', eur: 'EUR',
  pound: 'GBP', pounds: 'GBP', quid: 'GBP', gbp: 'GBP',
  yen: 'JPY', jpy: 'JPY', cad: 'CAD', 'c$': 'CAD', aud: 'AUD', 'a$': 'AUD', chf: 'CHF', francs: 'CHF',
};

const CURRENCY_BEFORE = String.raw`(?<pre>[$€£¥]|\b(?:us\$|usd|eur|gbp|cad|aud|chf|c\$|a\$)(?=\s?\d))`;
const CURRENCY_AFTER = String.raw`(?<post>[$€£¥]|(?:dollars?|bucks|usd|euros?|eur|pounds?|quid|gbp|yen|jpy|cad|aud|chf|francs)\b)`;
const AMOUNT = new RegExp(
  String.raw`(?:${CURRENCY_BEFORE}\s?)?(?<number>\b(?:${NUMERAL_PATTERN}|${NUMBER_WORDS_PATTERN})\b)(?:\s?${CURRENCY_AFTER})?`,
  'giu',
);
const CURRENCY_MENTION = /[$€£¥]|\b(?:dollars?|bucks|usd|euros?|eur|gbp|quid)\b/giu;

// What follows a number that makes it a measure, not a price.
const UNIT_AFTER = /^\s?(?:kg|g|lbs?|oz|cm|mm|m|inch|inches|"|ft|feet|l|ml|litres?|liters?|days?|weeks?|months?|years?|hours?|hrs?|min(?:ute)?s?|mph|w|watts?|v|gb|tb|mb|mah|hz|%|people|persons|seats?|pcs|pieces|units|items|x\b|percent|st|nd|rd|th)\b/i;
const WEIGHT_WORDS = /\b(?:weigh[st]?|weight|heavy|heavier|light(?:er)?)\b/i;
const SIZE_BEFORE = /\b(?:size|sz|uk|us|eu|eur)\s*$/i;

const MAX_BEFORE = /(?:\bunder|\bbelow|\bless than|\blower than|\bcheaper than|\bup to|\bno more than|\bnot more than|\bnot over|\bmax(?:imum)?(?: of)?|\bat most|\bwithin|\bbudget(?: is| of)?|<=?|≤|\btops)\s*$/i;
const MIN_BEFORE = /(?:\bover|\babove|\bmore than|\bgreater than|\bat least|\bmin(?:imum)?(?: of)?|\bstarting (?:at|from)|\bupwards of|>=?|≥)\s*$/i;
const AROUND_BEFORE = /(?:\baround|\babout|\bapproximately|\bapprox\.?|\broughly|~|\bcirca|\bclose to|\bin the region of|\bsomewhere around)\s*$/i;
const FROM_BEFORE = /\b(?:from|starting)\s*$/i;
const BETWEEN_BEFORE = /\b(?:between|from)\s*$/i;
const MAX_AFTER = /^\s*(?:or less|or under|or below|or cheaper|max(?:imum)?|tops|at most)\b/i;
const MIN_AFTER = /^\s*(?:\+|or more|and up|and above|or above|plus)/i;
const AROUND_AFTER = /^\s*(?:-?ish\b|or so\b)/i;
const RANGE_JOINER = /^\s*(?:-|–|—|to|and|or)\s*$/i;
const PRICE_WORDS = /\b(?:price[sd]?|cost[s]?|budget|spend|pay|cheap(?:er)?|expensive|for)\b/i;

const CHEAP = /\b(?:cheap(?:er|est)?|inexpensive|affordable|budget|low[\s-]cost|low[\s-]price[sd]?|bargain|economical|not too expensive)\b/giu;
const PREMIUM = /\b(?:expensive|premium|high[\s-]end|luxury|luxurious|top of the range|top[\s-]end|designer)\b/giu;

/** How far an "around" figure stretches either way. */
const AROUND_SPREAD = 0.2;

/** Price ranges, qualifiers ("cheap") and currencies mentioned in a message. */
export function findPrices(text: string): PriceEntity[] {
  const amounts = findAmounts(text);
  const entities: PriceEntity[] = [];
  const used = new Set<Amount>();

  for (let i = 0; i + 1 < amounts.length; i++) {
    const [low, high] = [amounts[i], amounts[i + 1]];
    const joiner = text.slice(low.end, high.start);
    if (!RANGE_JOINER.test(joiner)) {
      continue;
    }
    const before = text.slice(0, low.start);
    const hasBetween = BETWEEN_BEFORE.test(before);
    const currency = low.currency ?? high.currency;
    if (/and/i.test(joiner) && !hasBetween) {
      continue;
    }
    if (!hasBetween && !currency && !PRICE_WORDS.test(text)) {
      continue;
    }
    const start = hasBetween ? (/\b(?:between|from)\s*$/i.exec(before)?.index ?? low.start) : low.start;
    entities.push(priceEntity(text, start, high.end, {
      min: Math.min(low.value, high.value),
      max: Math.max(low.value, high.value),
      currency,
    }));
    used.add(low).add(high);
    i++;
  }

  for (const amount of amounts) {
    if (used.has(amount)) {
      continue;
    }
    const before = text.slice(0, amount.start);
    const after = text.slice(amount.end);
    const currency = amount.currency;
    let range: PriceRange | undefined;
    let start = amount.start;
    let end = amount.end;
    const comparator = (pattern: RegExp): boolean => {
      const match = pattern.exec(before);
      if (match) {
        start = match.index;
      }
      return Boolean(match);
    };
    const suffix = (pattern: RegExp): boolean => {
      const match = pattern.exec(after);
      if (match) {
        end = amount.end + match[0].length;
      }
      return Boolean(match);
    };
    if (comparator(MAX_BEFORE) || suffix(MAX_AFTER)) {
      range = { max: amount.value, currency };
    } else if (comparator(MIN_BEFORE) || suffix(MIN_AFTER) || (currency && comparator(FROM_BEFORE))) {
      range = { min: amount.value, currency };
    } else if (comparator(AROUND_BEFORE) || suffix(AROUND_AFTER) || currency) {
      range = around(amount.value, currency);
    }
    if (range) {
      entities.push(priceEntity(text, start, end, range));
    }
  }

  for (const [pattern, qualifier] of [[CHEAP, 'cheap'], [PREMIUM, 'premium']] as const) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      entities.push(priceEntity(text, start, start + match[0].length, { qualifier }));
    }
  }

  for (const match of text.matchAll(CURRENCY_MENTION)) {
    const start = match.index ?? 0;
    const code = currencyCode(match[0]);
    if (code) {
      entities.push({ type: 'currency', value: code, raw: match[0], start, end: start + match[0].length });
    }
  }
  // "pounds" and other ambiguous words only count as currency next to a price.
  for (const amount of amounts) {
    const raw = text.slice(amount.start, amount.end);
    const word = /\b(pounds?|yen|jpy|cad|aud|chf|francs|us\$|c\$|a\$)\b/i.exec(raw);
    if (word && amount.currency && entities.some((entity) => entity.type === 'price_range' && entity.start <= amount.start && entity.end >= amount.end)) {
      const start = amount.start + word.index;
      entities.push({ type: 'currency', value: amount.currency, raw: word[0], start, end: start + word[0].length });
    }
  }
  return entities;
}

function findAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const groups = match.groups ?? {};
    const number = groups.number ?? '';
    const value = parseAmount(number);
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (value === undefined) {
      continue;
    }
    let currency = currencyCode(groups.pre ?? groups.post ?? '');
    // "weighs 5 pounds" is a weight.
    if (/^pounds?$/i.test(groups.post ?? '') && WEIGHT_WORDS.test(text)) {
      currency = undefined;
    }
    if (!currency && (UNIT_AFTER.test(text.slice(end)) || SIZE_BEFORE.test(text.slice(0, start)))) {
      continue;
    }
    // "#1234" and codes glued to letters ("ABC-1234") are references, not amounts.
    if (/(?:[#\p{L}\d]|\p{L}-)$/u.test(text.slice(0, start)) && !groups.pre) {
      continue;
    }
    if (/^[\p{L}\d]/u.test(text.slice(end)) || /^-\d*[a-z]/i.test(text.slice(end))) {
      continue;
    }
    amounts.push({ value, currency, start, end });
  }
  return amounts;
}

function around(target: number, currency: string | undefined): PriceRange {
  const round = (value: number): number => Math.round(value * 100) / 100;
  return { target, min: round(target * (1 - AROUND_SPREAD)), max: round(target * (1 + AROUND_SPREAD)), currency };
}

function currencyCode(mention: string): string | undefined {
  const lower = mention.trim().toLowerCase();
  return SYMBOL_CURRENCIES[lower] ?? WORD_CURRENCIES[lower];
}

function priceEntity(text: string, start: number, end: number, range: PriceRange): PriceEntity {
  const value: PriceRange = {};
  for (const key of ['min', 'max', 'target', 'currency', 'qualifier'] as const) {
    if (range[key] !== undefined) {
      Object.assign(value, { [key]: range[key] });
    }
  }
  return { type: 'price_range', value, raw: text.slice(start, end), start, end };
}
