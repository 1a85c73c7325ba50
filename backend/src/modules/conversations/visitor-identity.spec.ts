import { signVisitorIdentity, verifyVisitorIdentity } from './visitor-identity';

describe('signed visitor identity', () => {
  const secret = 'store-secret';

  it('accepts the signature the store computed, in either case', () => {
    const signature = signVisitorIdentity(secret, 'customer-42');
    expect(verifyVisitorIdentity(secret, 'customer-42', signature)).toBe(true);
    expect(verifyVisitorIdentity(secret, 'customer-42', signature.toUpperCase())).toBe(true);
  });

  it('refuses another customer id, another secret, a truncated or empty signature', () => {
    const signature = signVisitorIdentity(secret, 'customer-42');
    expect(verifyVisitorIdentity(secret, 'customer-43', signature)).toBe(false);
    expect(verifyVisitorIdentity('other-secret', 'customer-42', signature)).toBe(false);
    expect(verifyVisitorIdentity(secret, 'customer-42', signature.slice(0, 10))).toBe(false);
    expect(verifyVisitorIdentity(secret, 'customer-42', '')).toBe(false);
  });
});
