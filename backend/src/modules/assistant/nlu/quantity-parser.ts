import type { Entity } from './entity';
import { NUMBER_WORDS_PATTERN, parseAmount } from './number-words';

type QuantityEntity = Extract<Entity, { type: 'quantity' }>;

const MAX_QUANTITY = 999;
const NUMBER = String.raw`(?:\d{1,3}|${NUMBER_WORDS_PATTERN})`;

const TIMES = new RegExp(String.raw`\b(?<number>\d{1,3})\s?x\b|\bx\s?(?<number2>\d{1,3})\b`, 'giu');
const COUNTED = new RegExp(String.raw`\b(?<number>${NUMBER})\s+(?:pcs|pieces|units|items|packs|of\b)`, 'giu');
const AFTER_VERB = new RegExp(
  String.raw`\b(?:add|buy|take|get|order|want|need|gimme|give me|qty|quantity|x)\s*:?\s+(?<number>${NUMBER})\b`,
  'giu',
);
const BEFORE_NOUN = new RegExp(String.raw`\b(?<number>${NUMBER})\s+(?<noun>[\p{L}][\p{L}'-]*)`, 'giu');
// Longest first: "half a dozen" must win over "a dozen".
const IDIOMS: Array<[RegExp, number]> = [
  [/\bhalf a dozen\b/giu, 6],
  [/\ba couple(?: of)?\b/giu, 2],
  [/\ba dozen\b/giu, 12],
];

// Words after a number that make it a measure, a price or an ordinal, not a count.
const UNITS = new Set([
  'kg', 'g', 'lb', 'lbs', 'oz', 'cm', 'mm', 'm', 'inch', 'inches', 'in', 'ft', 'feet', 'l', 'ml', 'litre', 'litres',
  'liter', 'liters', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute',
  'minutes', 'min', 'mins', 'percent', 'dollars', 'dollar', 'bucks', 'euros', 'euro', 'pounds', 'pound', 'quid',
  'usd', 'eur', 'gbp', 'gb', 'tb', 'mb', 'mah', 'w', 'watts', 'v', 'hz', 'am', 'pm', 'st', 'nd', 'rd', 'th', 'times',
  'stars', 'star', 'people', 'persons', 'person', 'seater', 'seats', 'ago',
]);
// Words after a bare number that make it part of a range or a comparison ("2 to 5", "3 or more").
const CONNECTIVES = new Set(['and', 'or', 'to', 'more', 'less', 'than', 'is', 'are', 'was']);
// "one" is a pronoun far more often than a count ("the red one").
const PRONOUN_ONE = /^one$/i;

/** Counts of items: "two", "3x", "x3", "3 pcs", "2 of those", "add 4", "a couple of". */
export function findQuantities(text: string): QuantityEntity[] {
  const quantities: QuantityEntity[] = [];
  const push = (start: number, raw: string, value: number | undefined): void => {
    if (value !== undefined && value > 0 && value <= MAX_QUANTITY && Number.isInteger(value)) {
      quantities.push({ type: 'quantity', value, raw, start, end: start + raw.length });
    }
  };
  for (const match of text.matchAll(TIMES)) {
    push(match.index ?? 0, match[0], parseAmount(match.groups?.number ?? match.groups?.number2 ?? ''));
  }
  for (const match of text.matchAll(COUNTED)) {
    push(match.index ?? 0, match[0], parseAmount(match.groups?.number ?? ''));
  }
  for (const match of text.matchAll(AFTER_VERB)) {
    const number = match.groups?.number ?? '';
    const start = (match.index ?? 0) + match[0].lastIndexOf(number);
    if (!UNITS.has(nextWord(text, start + number.length))) {
      push(start, number, parseAmount(number));
    }
  }
  for (const match of text.matchAll(BEFORE_NOUN)) {
    const { number = '', noun = '' } = match.groups ?? {};
    const start = match.index ?? 0;
    const before = text.slice(0, start);
    if (PRONOUN_ONE.test(number) || UNITS.has(noun.toLowerCase()) || CONNECTIVES.has(noun.toLowerCase()) || /(?:#|size|sz|no\.?|order|purchase|under|over|than|around|about)\s*$/i.test(before)) {
      continue;
    }
    push(start, number, parseAmount(number));
  }
  for (const [pattern, value] of IDIOMS) {
    for (const match of text.matchAll(pattern)) {
      push(match.index ?? 0, match[0], value);
    }
  }
  return quantities;
}

function nextWord(text: string, from: number): string {
  return (/^\s*([\p{L}%$€£]+)/u.exec(text.slice(from))?.[1] ?? '').toLowerCase();
}
