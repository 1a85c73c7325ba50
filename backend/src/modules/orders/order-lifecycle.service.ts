import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { EventBus } from '../../platform/events/event-bus';
import { NotFoundError, UserInputError } from '../../platform/graphql/app-errors';
import { InsufficientStock } from '../inventory/insufficient-stock.error';
import { InventoryService } from '../inventory/inventory.service';
import { PaymentProviderFailure, RefundTooLarge } from '../payments/payment-failures';
import { PaidOutcome, PaymentFacts, PaymentOutcomeHandler, PaymentOutcomes, RefundFacts } from '../payments/payment-outcomes';
import { PaymentsService } from '../payments/payments.service';
import { DiscountCodeService } from './discount-code.service';
import { OrderLine } from './entities/order-line.entity';
import { CANCELLABLE_STATUSES, ORDER_TRANSITIONS, OrderStatus, PAID_STATUSES } from './entities/order-status';
import { Order } from './entities/order.entity';
import { PaymentInstalment } from './entities/payment-instalment.entity';
import { OrderStatusChangedEvent } from './order-events';
import { OrderTransitionRefused } from './order-failures';
import { OrderTimeline, TimelineEntry } from './order-timeline';
import { PaymentInstalments } from './payment-instalments';

/** Staff moves forward through fulfilment. */
export type FulfilmentStatus = OrderStatus.PROCESSING | OrderStatus.SHIPPED | OrderStatus.DELIVERED;

export interface Shipment {
  carrier: string;
  trackingNumber: string;
}

export type OrderChange = Order | OrderTransitionRefused;
export type MoneyChange = Order | OrderTransitionRefused | RefundTooLarge | PaymentProviderFailure;

const EVENT_OF: Record<FulfilmentStatus, string> = {
  [OrderStatus.PROCESSING]: 'processing',
  [OrderStatus.SHIPPED]: 'shipped',
  [OrderStatus.DELIVERED]: 'delivered',
};

/**
 * Everything that changes an order after checkout: payment, fulfilment, cancellation, refunds. Each
 * change locks the order row, checks the move is allowed, adjusts stock and writes the timeline in
 * one transaction. Also the handler payments call when money arrives, expires or goes back.
 */
@Injectable()
export class OrderLifecycleService implements OnModuleInit, PaymentOutcomeHandler {
  private readonly logger = new Logger('Orders');

  constructor(
    private readonly data: TenantDataService,
    private readonly inventory: InventoryService,
    private readonly payments: PaymentsService,
    private readonly outcomes: PaymentOutcomes,
    private readonly discounts: DiscountCodeService,
    private readonly timeline: OrderTimeline,
    private readonly events: EventBus,
    private readonly instalments: PaymentInstalments,
  ) {}

  onModuleInit(): void {
    this.outcomes.register(this);
  }

  async get(ctx: TenantContext, orderId: string): Promise<Order> {
    const order = await this.data.repo(ctx, Order).findOneBy({ id: orderId });
    if (!order) throw new NotFoundError('Order');
    return order;
  }

  async linesOf(ctx: TenantContext, orderId: string): Promise<OrderLine[]> {
    return this.data.repo(ctx, OrderLine).find({ where: { orderId }, order: { sku: 'ASC', id: 'ASC' } });
  }

  /** paid → processing → shipped (with carrier and tracking) → delivered. */
  async advance(ctx: TenantContext, orderId: string, to: FulfilmentStatus, shipment?: Shipment): Promise<OrderChange> {
    if (to === OrderStatus.SHIPPED && (!shipment?.carrier.trim() || !shipment.trackingNumber.trim())) throw new UserInputError('Shipping needs a carrier and a tracking number');
    return this.data.transaction(ctx, async (tx) => {
      const order = await this.lock(tx, orderId);
      if (!ORDER_TRANSITIONS[order.status].includes(to)) return refused(order, `A ${label(order.status)} order cannot be marked ${label(to)}`);
      const patch = to === OrderStatus.SHIPPED && shipment ? { carrier: shipment.carrier.trim(), trackingNumber: shipment.trackingNumber.trim() } : {};
      const message =
        to === OrderStatus.SHIPPED && shipment ? `Shipped with ${shipment.carrier.trim()}, tracking number ${shipment.trackingNumber.trim()}` : `Marked ${label(to)}`;
      return this.move(tx, order, to, { type: EVENT_OF[to], message, data: patch }, patch);
    });
  }

  /** Staff confirm a manual payment (bank transfer, cash…); with a payment plan, of its first instalment. */
  async markPaid(ctx: TenantContext, orderId: string): Promise<MoneyChange> {
    const order = await this.get(ctx, orderId);
    if (order.status !== OrderStatus.AWAITING_PAYMENT) return refused(order, `A ${label(order.status)} order cannot be marked paid`);
    const first = await this.instalments.first(ctx, orderId);
    await this.payments.confirmManually(ctx, { orderId, instalmentId: first?.id ?? null, amountCents: first?.amountCents ?? order.totalCents, currency: order.currency });
    return this.get(ctx, orderId);
  }

  /**
   * Cancels an order that has not shipped: held stock is released, sold stock put back, open payment
   * links closed, and whatever was paid refunded.
   */
  async cancel(ctx: TenantContext, orderId: string, reason: string): Promise<MoneyChange> {
    const cancelled = await this.data.transaction(ctx, async (tx) => {
      const order = await this.lock(tx, orderId);
      if (!CANCELLABLE_STATUSES.includes(order.status)) return refused(order, `A ${label(order.status)} order can no longer be cancelled`);
      return this.cancelLocked(tx, order, { type: 'cancelled', message: reason ? `Cancelled: ${reason}` : 'Cancelled' });
    });
    if (cancelled instanceof OrderTransitionRefused) return cancelled;
    const owed = cancelled.paidCents - cancelled.refundedCents;
    if (owed > 0) {
      // Payment by payment: a payment plan's instalments were each paid separately.
      if (await this.payments.refundRemaining(ctx, orderId, 'Order cancelled')) {
        await this.timeline.record(ctx, orderId, { type: 'refund_failed', message: `The refund of ${money(owed, cancelled.currency)} failed; retry it from the order`, visibleToCustomer: false });
      }
    }
    return this.get(ctx, orderId);
  }

  /** Gives money back (all that is left when no amount is given); `restock` puts the units back on the shelf. */
  async refund(ctx: TenantContext, orderId: string, amountCents: number | undefined, restock: boolean): Promise<MoneyChange> {
    const order = await this.get(ctx, orderId);
    const refundable = order.paidCents - order.refundedCents;
    if (refundable <= 0) return refused(order, 'Nothing paid on this order is left to refund');
    if (amountCents !== undefined && (!Number.isInteger(amountCents) || amountCents <= 0)) throw new UserInputError('The refund must be more than zero');
    const reason = restock ? 'Refund with restock' : 'Refund';
    // Everything left goes back payment by payment (a payment plan was paid in several).
    const result = amountCents === undefined ? await this.payments.refundRemaining(ctx, orderId, reason) : await this.payments.refund(ctx, orderId, amountCents, reason);
    if (result instanceof RefundTooLarge || result instanceof PaymentProviderFailure) return result;
    if (restock) {
      await this.data.transaction(ctx, async (tx) => {
        const locked = await this.lock(tx, orderId);
        await this.restock(tx, locked, await this.linesOf(tx, orderId), 'refunded');
      });
    }
    return this.get(ctx, orderId);
  }

  async addNote(ctx: TenantContext, orderId: string, text: string): Promise<Order> {
    const order = await this.get(ctx, orderId);
    if (!text.trim()) throw new UserInputError('The note is empty');
    await this.timeline.record(ctx, order.id, { type: 'note', message: text.trim(), visibleToCustomer: false });
    return order;
  }

  /** Unpaid orders past their payment deadline: cancelled, their stock released. */
  async expireOverdue(ctx: TenantContext, orderId: string): Promise<boolean> {
    return this.data.transaction(ctx, async (tx) => {
      const order = await this.lock(tx, orderId);
      if (order.status !== OrderStatus.AWAITING_PAYMENT || !order.paymentDueAt || order.paymentDueAt.getTime() > Date.now()) return false;
      await this.cancelLocked(tx, order, { type: 'payment_expired', message: 'Not paid in time: the order was cancelled and its items released' });
      return true;
    });
  }

  // ---- payment outcomes (called inside the payment's transaction) ----

  async paid(tx: TenantContext, facts: PaymentFacts): Promise<PaidOutcome> {
    const order = await this.lock(tx, facts.orderId);
    const amount = money(facts.amountCents, order.currency);
    await this.data.repo(tx, Order).update({ id: order.id }, { paidCents: order.paidCents + facts.amountCents });
    order.paidCents += facts.amountCents;
    const instalment = facts.instalmentId ? await this.instalments.find(tx, facts.instalmentId) : null;
    // Instalments after the first are paid on an order that is already paid (by its deposit).
    if (instalment && instalment.number > 1) return this.instalmentPaid(tx, order, instalment, facts);
    if (PAID_STATUSES.includes(order.status)) {
      await this.timeline.record(tx, order.id, { type: 'payment_duplicate', message: `A second payment of ${amount} arrived; it is being refunded`, visibleToCustomer: false, data: { paymentId: facts.paymentId } });
      return 'refund';
    }
    const late = order.status === OrderStatus.CANCELLED;
    const lines = await this.linesOf(tx, order.id);
    if (!(await this.secureStock(tx, order, lines))) {
      if (!late) await this.cancelLocked(tx, order, { type: 'cancelled', message: 'Paid, but an item is no longer in stock: the order was cancelled' });
      await this.timeline.record(tx, order.id, { type: 'payment_unfillable', message: `Payment of ${amount} received for items no longer in stock; it is being refunded`, data: { paymentId: facts.paymentId } });
      return 'refund';
    }
    await this.move(
      tx,
      order,
      OrderStatus.PAID,
      { type: 'paid', message: late ? `Payment of ${amount} arrived after the order was cancelled; the items were still in stock` : `Paid ${amount}`, data: { paymentId: facts.paymentId, provider: facts.provider } },
      { paidAt: new Date(), paymentDueAt: null },
    );
    if (instalment) {
      await this.instalments.markPaid(tx, instalment.id);
      await this.timeline.record(tx, order.id, instalmentPaidEntry(instalment, amount, facts));
    }
    // Paid one way (say, confirmed by hand): any other open link must no longer take money.
    await this.payments.closeOpen(tx, order.id);
    return 'applied';
  }

  async expired(tx: TenantContext, facts: PaymentFacts): Promise<string> {
    const order = await this.lock(tx, facts.orderId);
    if (order.status !== OrderStatus.AWAITING_PAYMENT) return `order left ${order.status}`;
    const others = (await this.payments.ofOrder(tx, order.id)).filter((p) => p.id !== facts.paymentId && p.status === 'pending');
    if (others.length) return 'order awaits another payment';
    await this.cancelLocked(tx, order, { type: 'payment_expired', message: 'The payment link expired: the order was cancelled and its items released' });
    return 'order cancelled';
  }

  async refunded(tx: TenantContext, facts: RefundFacts): Promise<void> {
    const order = await this.lock(tx, facts.orderId);
    const refundedCents = order.refundedCents + facts.refundCents;
    await this.data.repo(tx, Order).update({ id: order.id }, { refundedCents });
    order.refundedCents = refundedCents;
    const amount = money(facts.refundCents, order.currency);
    const message = facts.madeInProvider ? `Refunded in Stripe: ${amount}` : `Refunded ${amount}${facts.reason ? ` (${facts.reason})` : ''}`;
    const entry = { type: 'refunded', message, data: { paymentId: facts.paymentId, amountCents: facts.refundCents } };
    if (refundedCents >= order.paidCents && ORDER_TRANSITIONS[order.status].includes(OrderStatus.REFUNDED)) {
      await this.move(tx, order, OrderStatus.REFUNDED, entry);
      await this.cancelInstalments(tx, order);
    } else {
      await this.timeline.record(tx, order.id, entry);
    }
  }

  /** Locks the order row for the rest of the transaction: every change to an order (or its lines' stock) takes this lock first. */
  async lock(tx: TenantContext, orderId: string): Promise<Order> {
    const order = await this.data.repo(tx, Order).query('o').andWhere('o.id = :orderId', { orderId }).setLock('pessimistic_write').getOne();
    if (!order) throw new NotFoundError('Order');
    return order;
  }

  // ---- internals ----

  /** A later instalment's money: counted on the order, or refunded when the instalment no longer takes it. */
  private async instalmentPaid(tx: TenantContext, order: Order, instalment: PaymentInstalment, facts: PaymentFacts): Promise<PaidOutcome> {
    const amount = money(facts.amountCents, order.currency);
    if (!PAID_STATUSES.includes(order.status) || !(await this.instalments.markPaid(tx, instalment.id))) {
      await this.timeline.record(tx, order.id, {
        type: 'instalment_payment_refused',
        message: `A payment of ${amount} arrived for instalment ${instalment.number} of ${instalment.count}, which is no longer due; it is being refunded`,
        visibleToCustomer: false,
        data: { paymentId: facts.paymentId, instalmentId: instalment.id },
      });
      return 'refund';
    }
    await this.timeline.record(tx, order.id, instalmentPaidEntry(instalment, amount, facts));
    // Settled one way: the instalment's other open links must no longer take money.
    await this.payments.closeOpen(tx, order.id, instalment.id);
    return 'applied';
  }

  private async cancelInstalments(tx: TenantContext, order: Order): Promise<void> {
    const cancelled = await this.instalments.cancelUnpaid(tx, order.id);
    if (cancelled) await this.timeline.record(tx, order.id, { type: 'instalments_cancelled', message: `${cancelled} unpaid instalment${cancelled === 1 ? '' : 's'} cancelled` });
  }

  private async move(tx: TenantContext, order: Order, to: OrderStatus, entry: TimelineEntry, patch: Partial<Order> = {}): Promise<Order> {
    const from = order.status;
    await this.data.repo(tx, Order).update({ id: order.id }, { ...patch, status: to });
    await this.timeline.record(tx, order.id, { ...entry, fromStatus: from, toStatus: to });
    this.events.publish(tx, new OrderStatusChangedEvent(tx.tenantId, tx.actor, order.id, order.number, from, to));
    return Object.assign(order, patch, { status: to });
  }

  private async cancelLocked(tx: TenantContext, order: Order, entry: TimelineEntry): Promise<Order> {
    const lines = await this.linesOf(tx, order.id);
    if (order.status === OrderStatus.AWAITING_PAYMENT) {
      for (const line of lines) if (line.reservationId) await this.inventory.release(tx, line.reservationId, `order ${order.number} cancelled`);
      if (order.discountCode) await this.discounts.unclaim(tx, order.discountCode);
    } else {
      await this.restock(tx, order, lines, 'cancelled');
    }
    await this.payments.closeOpen(tx, order.id);
    await this.cancelInstalments(tx, order);
    return this.move(tx, order, OrderStatus.CANCELLED, entry, { paymentDueAt: null });
  }

  /**
   * Turns the order's holds into sales. A hold that lapsed (late payment) is taken again if the
   * units are still free; if any line cannot be filled, everything taken here is put back.
   */
  private async secureStock(tx: TenantContext, order: Order, lines: OrderLine[]): Promise<boolean> {
    const reference = `order:${order.id}`;
    const sold: OrderLine[] = [];
    let short = false;
    for (const line of [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
      if (line.reservationId && (await this.inventory.commit(tx, line.reservationId, `order ${order.number} paid`)).status === 'consumed') {
        sold.push(line);
        continue;
      }
      const hold = await this.inventory.reserve(tx, { variantId: line.variantId, quantity: line.quantity, ttlSeconds: 300, reference });
      if (hold instanceof InsufficientStock) {
        short = true;
        break;
      }
      await this.inventory.commit(tx, hold.id, `order ${order.number} paid`);
      await this.data.repo(tx, OrderLine).update({ id: line.id }, { reservationId: hold.id });
      sold.push(line);
    }
    if (!short) return true;
    for (const line of lines) if (line.reservationId) await this.inventory.release(tx, line.reservationId, `order ${order.number} unfillable`);
    for (const line of sold) {
      await this.inventory.change(tx, { variantId: line.variantId, delta: line.quantity, kind: 'return', reason: `order ${order.number} could not be filled`, reference });
    }
    return false;
  }

  /** Puts sold units back on the shelf, once per unit. */
  private async restock(tx: TenantContext, order: Order, lines: OrderLine[], why: string): Promise<void> {
    const restocked: string[] = [];
    for (const line of lines) {
      const units = line.quantity - line.restockedQuantity;
      if (units <= 0) continue;
      const result = await this.inventory.change(tx, { variantId: line.variantId, delta: units, kind: 'return', reason: `order ${order.number} ${why}`, reference: `order:${order.id}` });
      if (result instanceof InsufficientStock) throw new Error('Adding stock cannot fail');
      await this.data.repo(tx, OrderLine).update({ id: line.id }, { restockedQuantity: line.quantity });
      restocked.push(`${units} × ${line.sku}`);
    }
    if (restocked.length) await this.timeline.record(tx, order.id, { type: 'restocked', message: `Back in stock: ${restocked.join(', ')}`, visibleToCustomer: false });
  }
}

function instalmentPaidEntry(instalment: PaymentInstalment, amount: string, facts: PaymentFacts): TimelineEntry {
  return {
    type: 'instalment_paid',
    message: `Instalment ${instalment.number} of ${instalment.count} paid: ${amount}`,
    data: { paymentId: facts.paymentId, instalmentId: instalment.id, provider: facts.provider },
  };
}

function refused(order: Order, message: string): OrderTransitionRefused {
  return new OrderTransitionRefused(order.status, message);
}

function label(status: OrderStatus): string {
  return status.replace('_', ' ');
}

export function money(cents: number, currency: string): string {
  return `${(cents / 100).toFixed(2)} ${currency}`;
}
