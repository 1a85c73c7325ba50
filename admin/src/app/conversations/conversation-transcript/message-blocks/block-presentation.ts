import type { CheckoutLinkBlock, OrderCardBlock, OrderStatusName, ProductCard } from '@shopdesk/shared';

const ORDER_STATUS_LABELS: Readonly<Record<OrderStatusName, string>> = {
  AWAITING_PAYMENT: 'Awaiting payment',
  PAID: 'Paid',
  PROCESSING: 'Processing',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
  REFUNDED: 'Refunded',
};

/** Stock as the visitor was told it, e.g. "In stock · 2 of 3 options" or "Out of stock". */
export function stockLabel(product: ProductCard): string {
  if (!product.inStock) return 'Out of stock';
  const { variants } = product;
  if (variants.length < 2) return 'In stock';
  const available = variants.filter((variant) => variant.available > 0).length;
  return available === variants.length ? `In stock · ${variants.length} options` : `In stock · ${available} of ${variants.length} options`;
}

/** Whether the card showed a sale: a regular price above the current one. */
export function isOnSale(product: ProductCard): boolean {
  return product.compareAtPrice !== null && product.compareAtPrice > product.price;
}

/** The admin page of a product the visitor was shown. */
export function productLink(product: ProductCard): readonly string[] {
  return ['/products', product.productId];
}

/** Cards carry the order number only: the order list filtered to that number finds it. */
export function orderLink(orderNumber: string): { readonly commands: readonly string[]; readonly queryParams: { readonly q: string } } {
  return { commands: ['/orders'], queryParams: { q: orderNumber } };
}

export function orderStatusLabel(status: OrderStatusName): string {
  return ORDER_STATUS_LABELS[status] ?? status;
}

/** "UPS 1Z999…", the carrier or tracking number alone, or null before the order ships. */
export function trackingLabel(order: Pick<OrderCardBlock, 'carrier' | 'trackingNumber'>): string | null {
  const parts = [order.carrier, order.trackingNumber].filter((part): part is string => !!part);
  return parts.length ? parts.join(' ') : null;
}

/** How the visitor was asked to pay: a link, or by hand when the store has no payment provider. */
export function paymentMethodLabel(link: CheckoutLinkBlock): string {
  return link.paymentUrl ? 'Payment link' : 'Manual payment';
}

/** Whether the payment link had expired at `now` (ms). */
export function isExpired(link: CheckoutLinkBlock, now: number): boolean {
  return Date.parse(link.expiresAt) <= now;
}

/** Only https addresses are opened or sent: the same rule the server and the widget apply. */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** What is wrong with an image address an agent typed, or null when it can be sent. */
export function imageUrlProblem(raw: string): string | null {
  const value = raw.trim();
  if (!value) return 'Enter the address of an image.';
  if (/^http:\/\//i.test(value)) return 'Use a secure address: it must start with https://.';
  if (!isHttpsUrl(value)) return 'That is not a web address. Paste one that starts with https://.';
  return null;
}
