/** What a shopper's search text asks for: words to match, model codes, and a price range said in words. */
export interface ParsedSearch {
  terms: SearchTerm[];
  /** Minor units. */
  minPriceCents?: number;
  maxPriceCents?: number;
  /** The text left once price phrases are removed, for trigram matching on names. */
  text: string;
}

export interface SearchTerm {
  /** Lowercased, accent-free word. */
  word: string;
  /** For a code such as "wh-1000xm4": its parts ("wh", "1000xm4") and word is the compacted code. */
  parts: string[];
}

export const MAX_SEARCH_CHARS = 200;
const MAX_TERMS = 10;
const MAX_WORD = 40;

/** Conversational filler that never describes a product. */
const FILLER = new Set([
  'show', 'me', 'i', 'im', 'want', 'wanna', 'looking', 'look', 'need', 'please', 'find', 'buy', 'get', 'some', 'any', 'something',
  'do', 'you', 'have', 'sell', 'search', 'searching', 'for', 'a', 'an', 'the', 'with', 'and', 'or', 'in', 'of', 'to', 'my', 'is', 'are',
]);

const NUMBER = String.raw`\$?\s*(\d{1,7}(?:[.,]\d{1,2})?)\s*(?:\$|usd|dollars?|bucks|eur|euros?|€|£)?`;
// After words that can also be part of a product name ("Air Max 90", "from 2020") a currency is required.
const MONEY = String.raw`(?:\$\s*(\d{1,7}(?:[.,]\d{1,2})?)|(\d{1,7}(?:[.,]\d{1,2})?)\s*(?:\$|usd|dollars?|bucks|eur|euros?|€|£))`;
const PRICE_PATTERNS: Array<{ re: RegExp; apply: (m: RegExpMatchArray, out: ParsedSearch) => void }> = [
  {
    re: new RegExp(String.raw`\b(?:between|from)\s+${NUMBER}\s*(?:and|to|-|–)\s*${NUMBER}`, 'i'),
    apply: (m, out) => {
      out.minPriceCents = cents(m[1]);
      out.maxPriceCents = cents(m[2]);
    },
  },
  {
    re: new RegExp(String.raw`\$\s*(\d{1,7}(?:[.,]\d{1,2})?)\s*(?:-|–|to)\s*\$\s*(\d{1,7}(?:[.,]\d{1,2})?)`, 'i'),
    apply: (m, out) => {
      out.minPriceCents = cents(m[1]);
      out.maxPriceCents = cents(m[2]);
    },
  },
  {
    re: new RegExp(String.raw`(?:\b(?:under|below|less\s+than|cheaper\s+than|up\s+to|no\s+more\s+than)|<=?)\s*${NUMBER}`, 'i'),
    apply: (m, out) => {
      out.maxPriceCents = cents(m[1]);
    },
  },
  {
    re: new RegExp(String.raw`\b(?:max(?:imum)?|within|budget(?:\s+of)?)\s*${MONEY}`, 'i'),
    apply: (m, out) => {
      out.maxPriceCents = cents(m[1] ?? m[2]);
    },
  },
  {
    re: new RegExp(String.raw`(?:\b(?:over|above|more\s+than|at\s+least)|>=?)\s*${NUMBER}`, 'i'),
    apply: (m, out) => {
      out.minPriceCents = cents(m[1]);
    },
  },
  {
    re: new RegExp(String.raw`\b(?:min(?:imum)?|from|starting\s+at)\s*${MONEY}`, 'i'),
    apply: (m, out) => {
      out.minPriceCents = cents(m[1] ?? m[2]);
    },
  },
];

function cents(value: string): number {
  return Math.round(Number(value.replace(',', '.')) * 100);
}

/** Lowercase without accents, the way the database's unaccent + english parser sees text. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Never throws, whatever the input: at worst it returns no terms. */
export function parseSearch(input: string | null | undefined): ParsedSearch {
  let text = foldText(String(input ?? '').slice(0, MAX_SEARCH_CHARS));
  const out: ParsedSearch = { terms: [], text: '' };
  for (const { re, apply } of PRICE_PATTERNS) {
    const m = text.match(re);
    if (m) {
      apply(m, out);
      text = text.replace(m[0], ' ');
    }
  }
  if (out.minPriceCents !== undefined && out.maxPriceCents !== undefined && out.minPriceCents > out.maxPriceCents) {
    [out.minPriceCents, out.maxPriceCents] = [out.maxPriceCents, out.minPriceCents];
  }
  const seen = new Set<string>();
  // "men's" is "mens", not "men" + "s".
  text = text.replace(/['\u2019](?=[a-z])/g, '');
  for (const chunk of text.split(/[\s,;:!?()[\]{}"'`+*|\\<>=~^]+/)) {
    const clean = chunk.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
    if (!clean) continue;
    const parts = clean.split(/[^a-z0-9]+/).filter(Boolean);
    // Codes and compounds ("wh-1000xm4", "t-shirt") match joined or as their parts.
    if (parts.length > 1) {
      const word = parts.join('').slice(0, MAX_WORD);
      if (!seen.has(word)) out.terms.push({ word, parts: parts.map((p) => p.slice(0, MAX_WORD)) });
      seen.add(word);
    } else {
      for (const part of parts) {
        const word = part.slice(0, MAX_WORD);
        if (FILLER.has(word) || seen.has(word)) continue;
        seen.add(word);
        out.terms.push({ word, parts: [] });
      }
    }
    if (out.terms.length >= MAX_TERMS) break;
  }
  out.terms = out.terms.slice(0, MAX_TERMS);
  out.text = out.terms.map((t) => (t.parts.length ? t.parts.join(' ') : t.word)).join(' ');
  return out;
}
