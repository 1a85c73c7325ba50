import { OrderCardBlock } from '../../conversations/message-blocks';
import { CustomerOrderView } from '../../orders/orders.service';
import { ToolFacts } from './assistant-tool';
import { formatMoney } from './money';

/** What a model sees of a shopper's order, and the figures a reply may then state. */
export function orderView(view: CustomerOrderView): { content: Record<string, unknown>; facts: ToolFacts } {
  const { order, lines, timeline } = view;
  const latest = timeline[timeline.length - 1];
  return {
    content: {
      order_number: order.number,
      status: order.status,
      total: formatMoney(order.totalCents, order.currency),
      carrier: order.carrier,
      tracking_number: order.trackingNumber,
      can_cancel: view.canCancel,
      payment_link: view.paymentUrl,
      items: lines.map((l) => ({ name: l.name, sku: l.sku, quantity: l.quantity, unit_price: formatMoney(l.unitPriceCents, order.currency) })),
      latest_update: latest ? { at: latest.at, message: latest.message } : null,
    },
    facts: {
      pricesCents: [order.totalCents, order.subtotalCents, order.shippingCents, order.taxCents, order.discountCents, ...lines.map((l) => l.unitPriceCents)],
      stock: [],
    },
  };
}

/** The order as a card under the reply: status, total and tracking the visitor can glance at. */
export function orderCard(view: CustomerOrderView): OrderCardBlock {
  const { order } = view;
  return {
    kind: 'order_card',
    number: order.number,
    status: order.status,
    total: order.totalCents / 100,
    currency: order.currency,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    createdAt: new Date(order.createdAt).toISOString(),
    canCancel: view.canCancel,
  };
}
