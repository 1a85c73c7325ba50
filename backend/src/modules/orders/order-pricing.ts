import { DiscountKind } from './entities/discount-code.entity';

export interface PricingRules {
  taxRateBps: number;
  flatShippingCents: number;
  freeShippingOverCents: number | null;
}

export interface PricedQuantity {
  unitPriceCents: number;
  quantity: number;
}

export interface DiscountTerms {
  kind: DiscountKind;
  value: number;
}

export interface OrderTotals {
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  taxCents: number;
  totalCents: number;
}

/**
 * Totals of a cart or order, in minor units: discount on the subtotal, shipping (flat, or free once
 * the discounted subtotal reaches the threshold), then tax on the discounted subtotal. Half-up rounding.
 */
export function priceOrder(lines: readonly PricedQuantity[], rules: PricingRules, discount: DiscountTerms | null): OrderTotals {
  const subtotalCents = lines.reduce((sum, l) => sum + l.unitPriceCents * l.quantity, 0);
  if (subtotalCents === 0) return { subtotalCents: 0, discountCents: 0, shippingCents: 0, taxCents: 0, totalCents: 0 };
  const discountCents = !discount
    ? 0
    : discount.kind === 'percentage'
      ? Math.min(subtotalCents, Math.round((subtotalCents * discount.value) / 10_000))
      : Math.min(subtotalCents, discount.value);
  const goodsCents = subtotalCents - discountCents;
  const freeShipping = rules.freeShippingOverCents !== null && goodsCents >= rules.freeShippingOverCents;
  const shippingCents = freeShipping ? 0 : rules.flatShippingCents;
  const taxCents = Math.round((goodsCents * rules.taxRateBps) / 10_000);
  return { subtotalCents, discountCents, shippingCents, taxCents, totalCents: goodsCents + shippingCents + taxCents };
}
