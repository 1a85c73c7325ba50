import { createHmac, timingSafeEqual } from 'node:crypto';

/** The signature a store's server computes for a shopper: hex HMAC-SHA256 of the customer id with the widget key's identity secret. */
export function signVisitorIdentity(secret: string, customerId: string): string {
  return createHmac('sha256', secret).update(customerId, 'utf8').digest('hex');
}

/** Constant-time check of a signature sent by the browser, whatever its length or case. */
export function verifyVisitorIdentity(secret: string, customerId: string, signature: string): boolean {
  const expected = Buffer.from(signVisitorIdentity(secret, customerId), 'utf8');
  const given = Buffer.from(signature.trim().toLowerCase(), 'utf8');
  // Compare equal lengths only; a wrong length still costs one comparison, so timing tells nothing.
  const same = timingSafeEqual(expected, given.length === expected.length ? given : expected);
  return same && given.length === expected.length;
}
