import type { DiscountCode } from './checkout.graphql';
import { discountCodeChangesOf, discountCodeFormOf, discountCodeInputOf, discountCodeProblem, discountLabel, usageLabel } from './discount-codes';

const form = { code: 'spring-15', kind: 'percentage' as const, value: 15, usageLimit: null, expiresOn: '' };

describe('discount codes', () => {
  it('describes a code the way shoppers get it', () => {
    expect(discountLabel({ kind: 'percentage', value: 15 }, 'EUR')).toBe('15 % off');
    expect(discountLabel({ kind: 'fixed', value: 10 }, 'EUR')).toBe('10.00 EUR off');
    expect(usageLabel({ usedCount: 3, usageLimit: 100 })).toBe('3 of 100 used');
    expect(usageLabel({ usedCount: 3, usageLimit: null })).toBe('3 used');
  });

  it('checks the code, the amount and the limit before sending', () => {
    expect(discountCodeProblem(form)).toBeNull();
    expect(discountCodeProblem({ ...form, code: 'no spaces' })).toMatch(/3–40 letters/);
    expect(discountCodeProblem({ ...form, value: 0 })).toMatch(/more than zero/);
    expect(discountCodeProblem({ ...form, value: 120 })).toMatch(/cannot exceed 100/);
    expect(discountCodeProblem({ ...form, kind: 'fixed', value: 120 })).toBeNull();
    expect(discountCodeProblem({ ...form, usageLimit: 0 })).toMatch(/usage limit/);
  });

  it('refuses a limit below the uses an edited code already has', () => {
    expect(discountCodeProblem({ ...form, usageLimit: 2 }, 3)).toBe('This code was used 3 times already: the limit cannot be lower');
    expect(discountCodeProblem({ ...form, usageLimit: 3 }, 3)).toBeNull();
    expect(discountCodeProblem({ ...form, usageLimit: null }, 3)).toBeNull();
  });

  it('sends the code upper-cased, valid through the whole expiry day', () => {
    expect(discountCodeInputOf({ ...form, usageLimit: 50, expiresOn: '2026-12-31' })).toEqual({
      code: 'SPRING-15',
      kind: 'percentage',
      value: 15,
      usageLimit: 50,
      expiresAt: '2026-12-31T23:59:59.999Z',
    });
    expect(discountCodeInputOf(form).expiresAt).toBeNull();
  });

  const saved: DiscountCode = {
    id: 'c0de',
    code: 'SPRING15',
    kind: 'fixed',
    value: 12.5,
    usageLimit: 40,
    usedCount: 7,
    expiresAt: '2026-12-31T23:59:59.999Z',
    active: true,
  };

  it('fills the edit form with the saved code, its last day in UTC', () => {
    expect(discountCodeFormOf(saved)).toEqual({ code: 'SPRING15', kind: 'fixed', value: 12.5, usageLimit: 40, expiresOn: '2026-12-31' });
    expect(discountCodeFormOf({ ...saved, usageLimit: null, expiresAt: null })).toMatchObject({ usageLimit: null, expiresOn: '' });
    // A code that ends at midnight can last be used the day before.
    expect(discountCodeFormOf({ ...saved, expiresAt: '2027-01-01T00:00:00.000Z' }).expiresOn).toBe('2026-12-31');
    // Late in the day west of Greenwich is already the next day in UTC.
    expect(discountCodeFormOf({ ...saved, expiresAt: '2026-07-01T12:00:00.000-05:00' }).expiresOn).toBe('2026-07-01');
    expect(discountCodeFormOf({ ...saved, expiresAt: '2026-07-01T22:00:00.000-05:00' }).expiresOn).toBe('2026-07-02');
  });

  it('sends an unchanged form back unchanged, without the code text', () => {
    expect(discountCodeChangesOf(saved.id, discountCodeFormOf(saved))).toEqual({
      id: 'c0de',
      kind: 'fixed',
      value: 12.5,
      usageLimit: 40,
      expiresAt: '2026-12-31T23:59:59.999Z',
    });
    expect(discountCodeChangesOf(saved.id, { ...discountCodeFormOf(saved), usageLimit: null, expiresOn: '' })).toMatchObject({ usageLimit: null, expiresAt: null });
  });
});
