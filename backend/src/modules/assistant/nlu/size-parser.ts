import type { Entity } from './entity';

type SizeEntity = Extract<Entity, { type: 'size' }>;

const LETTER_SIZES: Record<string, string> = {
  xxs: 'XXS', xs: 'XS', 'x-small': 'XS', 'x small': 'XS', 'extra small': 'XS', 'extra-small': 'XS',
  s: 'S', small: 'S', m: 'M', medium: 'M', l: 'L', large: 'L',
  xl: 'XL', 'x-large': 'XL', 'x large': 'XL', 'extra large': 'XL', 'extra-large': 'XL',
  xxl: 'XXL', '2xl': 'XXL', 'xx-large': 'XXL', 'xx large': 'XXL', 'extra extra large': 'XXL',
  xxxl: 'XXXL', '3xl': 'XXXL', 'xxx-large': 'XXXL', '4xl': '4XL', '5xl': '5XL',
};

// Longest spellings first so "extra large" wins over "large".
const LETTER_SIZE = new RegExp(
  String.raw`\b(?:${Object.keys(LETTER_SIZES)
    .sort((a, b) => b.length - a.length)
    .map((size) => size.replace(/[-\s]/g, '[\\s-]?'))
    .join('|')})\b`,
  'giu',
);
const NUMERIC_AFTER_SIZE_WORD = /\b(?<system>uk|us|eu|eur|fr|it)?\s*(?:size|sz)\s*(?<system2>uk|us|eu|eur|fr|it)?\s*(?<number>\d{1,2}(?:[.,]5)?)(?![\d.,]*\s*(?:[$€£¥]|dollars?|euros?|bucks|kg|cm))/giu;
const REGIONAL_SIZE = /\b(?<system>uk|us|eu|eur|fr|it)\s?(?<number>\d{1,2}(?:[.,]5)?)\b/giu;
const IN_A_NUMBER = /\bin (?:an? )?(?<number>\d{1,2}(?:[.,]5)?)(?=\s*(?:please|pls|\?|!|\.|,|$))/giu;
const WAIST_LENGTH = /\b(?:w\s?)?(?<waist>[2-5]\d)\s?(?:x|\/|\s?l\s?)\s?(?<length>[2-3]\d)\b/giu;

/** Letter sizes (XS…XXL, "extra large"), shoe and dress sizes ("size 42", "EU 42", "in a 9") and waist/length ("32x34"). */
export function findSizes(text: string): SizeEntity[] {
  const sizes: SizeEntity[] = [];
  const push = (start: number, raw: string, value: string): void => {
    sizes.push({ type: 'size', value, raw, start, end: start + raw.length });
  };
  for (const match of text.matchAll(NUMERIC_AFTER_SIZE_WORD)) {
    const { system, system2, number } = match.groups ?? {};
    push(match.index ?? 0, match[0], withSystem(system ?? system2, number));
  }
  for (const match of text.matchAll(REGIONAL_SIZE)) {
    const { system, number } = match.groups ?? {};
    push(match.index ?? 0, match[0], withSystem(system, number));
  }
  for (const match of text.matchAll(IN_A_NUMBER)) {
    const offset = match[0].indexOf(match.groups?.number ?? '');
    push((match.index ?? 0) + offset, match[0].slice(offset), (match.groups?.number ?? '').replace(',', '.'));
  }
  for (const match of text.matchAll(WAIST_LENGTH)) {
    const { waist, length } = match.groups ?? {};
    push(match.index ?? 0, match[0], `${waist}x${length}`);
  }
  for (const match of text.matchAll(LETTER_SIZE)) {
    const start = match.index ?? 0;
    const raw = match[0];
    const key = raw.toLowerCase().replace(/[\s-]+/g, (separator) => (separator.includes('-') ? '-' : ' '));
    const value = LETTER_SIZES[key] ?? LETTER_SIZES[key.replace(/[\s-]/g, '')] ?? LETTER_SIZES[key.replace(/\s/g, '-')];
    if (!value || !isSizeInContext(text, start, raw)) {
      continue;
    }
    push(start, raw, value);
  }
  return sizes;
}

/**
 * "S", "M", "L", "small" and "large" are ordinary words too ("a large family",
 * "I'm"): they count as sizes only after "size"/"in", before "size", in "the
 * large one", or when the single letter is written as a capital.
 */
function isSizeInContext(text: string, start: number, raw: string): boolean {
  if (!['s', 'm', 'l', 'small', 'large'].includes(raw.toLowerCase())) {
    return true;
  }
  const before = text.slice(0, start);
  const after = text.slice(start + raw.length);
  if (/\b(?:size|sz|in|in an?|in the)\s*$/i.test(before) || /^\s*size\b/i.test(after)) {
    return true;
  }
  if (raw.length === 1) {
    const contraction = /['\u2019]$/.test(before) || /^['\u2019&]/.test(after);
    return raw === raw.toUpperCase() && !contraction;
  }
  return /\b(?:the|an?|one)\s*$/i.test(before) && /^\s*(?:one\b|ones\b|please\b|pls\b|[,.?!]|$)/i.test(after);
}

function withSystem(system: string | undefined, number: string | undefined): string {
  const value = (number ?? '').replace(',', '.');
  return system ? `${system.toUpperCase().replace('EUR', 'EU')} ${value}` : value;
}
