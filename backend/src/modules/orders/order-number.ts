import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: read aloud or typed from an email, a number is hard to get wrong.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A new order number, e.g. "K7M2-9QXD" (31^8 ≈ 8.5e11 possibilities). */
export function newOrderNumber(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/** What a shopper typed, in stored form: upper case, the dash wherever they put it (or not). */
export function normalizeOrderNumber(input: string): string {
  const s = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return s.length === 8 ? `${s.slice(0, 4)}-${s.slice(4)}` : s;
}
