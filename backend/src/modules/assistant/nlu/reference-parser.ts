import type { Entity } from './entity';

type ReferenceEntity = Extract<Entity, { type: 'order_number' | 'email' }>;

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[\p{L}]{2,}/giu;
const AFTER_KEYWORD =
  /\b(?:order|purchase|invoice|bill|receipt|ref(?:erence)?|confirmation|tracking)(?:\s*(?:number|num|no\.?|id|code|#|:))*\s*#?\s*(?<code>(?:[a-z]{1,5}-?)?\d[\d-]{3,}\d|\d{4,})\b/giu;
const HASH_NUMBER = /#\s?(?<code>\d{4,})\b/gu;
const LETTER_CODE = /\b(?<code>[a-z]{2,5}-\d{4,})\b/giu;
const LONG_NUMBER = /(?<![\d$€£.,])(?<code>\d{8,})(?![\d.,])/gu;
// The store's own order numbers ("K7M2-9QXD"): an unambiguous alphabet, four and four characters.
const STORE_ORDER_NUMBER = /\b([2-9A-HJ-NP-Z]{4})[- ]?([2-9A-HJ-NP-Z]{4})\b/giu;
const PRINTED_CODE = /^[A-Z]{4}-[A-Z]{4}$/u;
const ORDER_CONTEXT = /\b(?:order|purchase|number|no\.?|tracking)\b[^.?!]{0,12}$|#\s*$/i;

/** Order references ("purchase 113542617735902", "#00004587345", "order ABC-12345", the store's "K7M2-9QXD") and email addresses. */
export function findReferences(text: string): ReferenceEntity[] {
  const references: ReferenceEntity[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const start = match.index ?? 0;
    references.push({ type: 'email', value: match[0].toLowerCase(), raw: match[0], start, end: start + match[0].length });
  }
  // First, so a store code wins over a digit run inside it.
  for (const match of text.matchAll(STORE_ORDER_NUMBER)) {
    const code = `${match[1]}-${match[2]}`.toUpperCase();
    const start = match.index ?? 0;
    // "half-time" is no order number: a store code has a digit, follows words such as "order", or is
    // typed as the store prints it, in capitals with its hyphen (a code may have no digit: "KBKU-FZZU").
    if (/\d/.test(code) || ORDER_CONTEXT.test(text.slice(0, start)) || PRINTED_CODE.test(match[0])) references.push({ type: 'order_number', value: code, raw: match[0], start, end: start + match[0].length });
  }
  for (const pattern of [AFTER_KEYWORD, HASH_NUMBER, LETTER_CODE, LONG_NUMBER]) {
    for (const match of text.matchAll(pattern)) {
      const code = match.groups?.code ?? '';
      const start = (match.index ?? 0) + match[0].lastIndexOf(code);
      references.push({ type: 'order_number', value: code.toUpperCase(), raw: code, start, end: start + code.length });
    }
  }
  return references;
}
