/**
 * Folds a chat message into the canonical form the intent model was trained on.
 * Case, accents, elongated letters ("pleeease") and the exact digits of order
 * numbers or amounts carry no intent, so they are erased; what is left is
 * lowercase ASCII-ish words separated by single spaces.
 */

/** Placeholder for emails: the address itself says nothing about the intent. */
export const EMAIL_PLACEHOLDER = 'emailaddr';
/** Placeholder for links. */
export const URL_PLACEHOLDER = 'urladdr';
/** Placeholder for short numbers (amounts, quantities, sizes). */
export const SHORT_NUMBER_PLACEHOLDER = '0';
/** Placeholder for long numbers and alphanumeric codes (order, invoice, tracking numbers). */
export const LONG_NUMBER_PLACEHOLDER = '00000';

/** Inputs longer than this are cut: the intent of a message is in its first few sentences. */
export const MAX_NORMALIZED_INPUT = 1000;

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/g;
const APOSTROPHES = /['\u2019\u2018`\u00b4]/g;
// A token holding a digit, possibly glued to letters or dashes: 00123842, abc-12345, 3x, 20-40.
const NUMERIC_TOKEN = /(?:[a-z]+-)?[a-z]*\d[a-z\d]*(?:[-/.,][a-z\d]+)*/g;
const NOT_WORD = /[^a-z0-9$€£#\s]+/g;
const CURRENCY_OR_HASH = /([$€£#])/g;
const ELONGATION = /([a-z])\1{2,}/g;
const WHITESPACE = /\s+/g;

// Emoji that stand for a whole message; every other symbol is dropped.
const EMOJI_WORDS: Array<[RegExp, string]> = [
  [/\u{1F44B}/gu, ' hi '],
  [/[\u{1F64F}\u{1F49D}]/gu, ' thanks '],
  [/\u{1F44D}/gu, ' ok '],
  [/[\u{1F602}\u{1F923}]/gu, ' lol '],
  [/\u{1F6D2}/gu, ' cart '],
];

export function normalizeText(text: string): string {
  let folded = text.slice(0, MAX_NORMALIZED_INPUT);
  for (const [emoji, word] of EMOJI_WORDS) {
    folded = folded.replace(emoji, word);
  }
  folded = folded.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  folded = folded.replace(URL, ` ${URL_PLACEHOLDER} `).replace(EMAIL, ` ${EMAIL_PLACEHOLDER} `);
  folded = folded.replace(APOSTROPHES, '').replace(/&/g, ' and ');
  folded = folded.replace(NUMERIC_TOKEN, (token) => ` ${numberPlaceholder(token)} `);
  folded = folded.replace(NOT_WORD, ' ').replace(CURRENCY_OR_HASH, ' $1 ');
  folded = folded.replace(ELONGATION, '$1$1');
  return folded.replace(WHITESPACE, ' ').trim();
}

function numberPlaceholder(token: string): string {
  const digits = token.replace(/\D/g, '').length;
  const hasLetters = /[a-z]/.test(token);
  // "3x", "2pcs", "xl" sizes stay short; codes mixing letters and many digits are identifiers.
  if (digits >= 5 || (hasLetters && digits >= 3 && token.length >= 6)) {
    return LONG_NUMBER_PLACEHOLDER;
  }
  return SHORT_NUMBER_PLACEHOLDER;
}
