import { discountCodeInputOf, discountCodeProblem, discountLabel, usageLabel } from './discount-codes';

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
});
