import { CartView } from '../../orders/cart.service';
import { ToolFacts } from './assistant-tool';
import { formatMoney } from './money';

/** What a model sees of the shopper's cart, and the figures a reply may then state. */
export function cartView(cart: CartView): { content: Record<string, unknown>; facts: ToolFacts } {
  const money = (cents: number) => formatMoney(cents, cart.currency);
  return {
    content: {
      items: cart.lines.map((l) => ({ sku: l.variant.sku, name: l.variant.name, quantity: l.quantity, unit_price: money(l.variant.unitPriceCents), available: l.variant.available })),
      discount_code: cart.discountCode,
      subtotal: money(cart.totals.subtotalCents),
      discount: money(cart.totals.discountCents),
      shipping: money(cart.totals.shippingCents),
      tax: money(cart.totals.taxCents),
      total: money(cart.totals.totalCents),
    },
    facts: {
      pricesCents: [...Object.values(cart.totals), ...cart.lines.flatMap((l) => [l.variant.unitPriceCents, l.variant.unitPriceCents * l.quantity])],
      stock: cart.lines.map((l) => l.variant.available),
    },
  };
}
