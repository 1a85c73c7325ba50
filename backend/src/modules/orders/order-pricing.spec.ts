import { priceOrder, PricingRules } from './order-pricing';

const rules: PricingRules = { taxRateBps: 825, flatShippingCents: 599, freeShippingOverCents: 10_000 };

describe('order pricing', () => {
  it('adds flat shipping and tax on the subtotal below the free-shipping threshold', () => {
    expect(priceOrder([{ unitPriceCents: 2500, quantity: 2 }], rules, null)).toEqual({
      subtotalCents: 5000,
      discountCents: 0,
      shippingCents: 599,
      taxCents: 413, // 8.25 % of 50.00 = 4.125, rounded half up
      totalCents: 6012,
    });
  });

  it('ships free once the discounted subtotal reaches the threshold, not before', () => {
    expect(priceOrder([{ unitPriceCents: 10_000, quantity: 1 }], rules, null).shippingCents).toBe(0);
    // 10 % off 100.00 leaves 90.00: below the threshold again.
    expect(priceOrder([{ unitPriceCents: 10_000, quantity: 1 }], rules, { kind: 'percentage', value: 1000 }).shippingCents).toBe(599);
  });

  it('never discounts more than the goods cost and taxes what is left', () => {
    const totals = priceOrder([{ unitPriceCents: 1000, quantity: 1 }], rules, { kind: 'fixed', value: 5000 });
    expect(totals.discountCents).toBe(1000);
    expect(totals.taxCents).toBe(0);
    expect(totals.totalCents).toBe(599);
  });

  it('charges nothing, not even shipping, for an empty cart', () => {
    expect(priceOrder([], rules, null).totalCents).toBe(0);
  });
});
