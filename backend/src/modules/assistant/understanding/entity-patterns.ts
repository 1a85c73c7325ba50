import { UnderstoodEntity } from './understanding';

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;
// An order reference: "#12345", "order 123456", "ORD-2024-0042". At least five digits overall.
const ORDER_NUMBER = /(?:#\s?|\b(?:order|purchase|ord)\s*(?:number|no\.?|nr\.?|#)?\s*[:#]?\s*)?\b([A-Z]{0,4}-?\d[\d-]{3,}\d)\b/i;
const AMOUNT = String.raw`(?:[$€£]\s?)?(\d+(?:[.,]\d{1,2})?)\s?(?:[$€£]|usd|eur|gbp|dollars?|euros?|bucks|pounds?)?`;
const BETWEEN = new RegExp(String.raw`\b(?:between|from)\s+${AMOUNT}\s*(?:and|to|-)\s*${AMOUNT}`, 'i');
const UNDER = new RegExp(String.raw`\b(?:under|below|less than|cheaper than|max(?:imum)?|up to|at most|no more than)\s+${AMOUNT}`, 'i');
const OVER = new RegExp(String.raw`\b(?:over|above|more than|at least|min(?:imum)?|from)\s+${AMOUNT}`, 'i');
// The store's own order numbers ("K7M2-9QXD"): an unambiguous alphabet, four and four characters.
const STORE_ORDER_NUMBER = /\b([2-9A-HJ-NP-Z]{4})[- ]?([2-9A-HJ-NP-Z]{4})\b/gi;
const ORDER_CONTEXT = /\b(?:order|purchase|number|no\.?|tracking)\b[^.?!]{0,12}$|#\s*$/i;
const QUANTITY = /\b(\d{1,3})\s*(?:x\b|pcs\b|pieces?\b|units?\b|items?\b|of (?:them|these|those)\b)/i;

/**
 * Entities that follow fixed shapes (emails, order numbers, price ranges, quantities). They are
 * what slot filling and catalog filters need, whatever classifier decides the intent.
 */
export function extractPatternEntities(text: string): UnderstoodEntity[] {
  const entities: UnderstoodEntity[] = [];
  const email = EMAIL.exec(text);
  if (email) entities.push({ type: 'email', value: email[0].toLowerCase() });
  const withoutEmail = email ? text.replace(email[0], ' ') : text;
  const between = BETWEEN.exec(withoutEmail);
  if (between) {
    entities.push({ type: 'min_price', value: money(between[1]) }, { type: 'max_price', value: money(between[2]) });
  } else {
    const under = UNDER.exec(withoutEmail);
    if (under) entities.push({ type: 'max_price', value: money(under[1]) });
    const over = OVER.exec(withoutEmail);
    if (over) entities.push({ type: 'min_price', value: money(over[1]) });
  }
  const order = ORDER_NUMBER.exec(withoutEmail);
  const storeOrder = storeOrderNumber(withoutEmail);
  if (storeOrder) entities.push({ type: 'order_number', value: storeOrder });
  else if (order && order[1].replace(/\D/g, '').length >= 5) entities.push({ type: 'order_number', value: order[1].toUpperCase() });
  const quantity = QUANTITY.exec(withoutEmail);
  if (quantity) entities.push({ type: 'quantity', value: quantity[1] });
  return entities;
}

function money(raw: string): string {
  return String(Number(raw.replace(',', '.')));
}

/** A store order number, when it has a digit or follows words such as "order" (so "HALF-TIME" is not one). */
export function storeOrderNumber(text: string): string | null {
  for (const match of text.matchAll(STORE_ORDER_NUMBER)) {
    const code = `${match[1]}-${match[2]}`.toUpperCase();
    if (/\d/.test(code) || ORDER_CONTEXT.test(text.slice(0, match.index))) return code;
  }
  return null;
}
