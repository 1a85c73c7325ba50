import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../../platform/config/app-config';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { EventBus } from '../../platform/events/event-bus';
import { RateLimitedError } from '../../platform/graphql/app-errors';
import { RateLimiterPort } from '../../platform/rate-limit/rate-limiter.port';
import { InsufficientStock } from '../inventory/insufficient-stock.error';
import { ConversationService } from '../conversations/conversation.service';
import { InventoryService } from '../inventory/inventory.service';
import { PaymentProviderFailure } from '../payments/payment-failures';
import { PaymentsService } from '../payments/payments.service';
import { CartService, visitorOf } from './cart.service';
import { validEmail } from './customer-email';
import { DiscountCodeService } from './discount-code.service';
import { Cart } from './entities/cart.entity';
import { OrderLine } from './entities/order-line.entity';
import { OrderStatus } from './entities/order-status';
import { Order, OrderSource } from './entities/order.entity';
import { OrderPlacedEvent, PlacedOrderLine } from './order-events';
import { CartEmpty, DiscountCodeInvalid, ProductUnavailable } from './order-failures';
import { OrderLifecycleService } from './order-lifecycle.service';
import { newOrderNumber } from './order-number';
import { priceOrder } from './order-pricing';
import { shippingRules, ShippingMethod } from './order-quote';
import { OrderSettingsService } from './order-settings.service';
import { OrderTimeline } from './order-timeline';
import { DEFAULT_PLAN_INTERVAL_DAYS } from './payment-plan-schedule';
import { PaymentPlanService } from './payment-plan.service';
import { paymentReturnUrl } from './payment-return-url';
import { VariantCatalog } from './variant-catalog';

/** Held stock outlives the payment deadline a little, so the order's own expiry releases it first. */
const HOLD_GRACE_SECONDS = 10 * 60;
const CHECKOUTS_PER_VISITOR = 20;
const CHECKOUT_WINDOW_SECONDS = 600;

export interface CheckoutInput {
  email: string;
  name?: string;
  conversationId?: string;
}

export interface CheckoutLink {
  order: Order;
  /** Where the shopper pays; null when the store takes payment by hand. */
  paymentUrl: string | null;
  expiresAt: Date;
  provider: string;
}

/** What an order is placed from, read and claimed inside the placing transaction. */
export interface OrderRequest {
  items: ReadonlyArray<{ variantId: string; quantity: number }>;
  discountCode: string | null;
  shipping: ShippingMethod;
  source: OrderSource;
  visitorId: string | null;
  conversationId: string | null;
  /** Lower-cased and checked (validEmail). */
  email: string;
  name: string | null;
  /** The timeline's first entry. */
  placedMessage: string;
  /** Runs in the placing transaction once the order exists (a draft records which order it became). */
  onPlaced?: (order: Order) => Promise<void>;
}

export type CheckoutResult = CheckoutLink | CartEmpty | InsufficientStock | ProductUnavailable | DiscountCodeInvalid | PaymentProviderFailure;

/** Carries a business failure out of the transaction, rolling back everything done before it. */
class CheckoutAborted extends Error {
  constructor(readonly failure: CartEmpty | InsufficientStock | ProductUnavailable | DiscountCodeInvalid) {
    super(failure.code);
  }
}

/**
 * Cart → order. In one transaction: lock the cart, price it, count the discount use, create the order
 * and hold every unit (a guarded update per variant, so concurrent checkouts can never sell more than
 * is free). Then, outside it, open the payment link.
 */
@Injectable()
export class CheckoutService {
  constructor(
    private readonly data: TenantDataService,
    private readonly carts: CartService,
    private readonly catalog: VariantCatalog,
    private readonly settings: OrderSettingsService,
    private readonly discounts: DiscountCodeService,
    private readonly inventory: InventoryService,
    private readonly payments: PaymentsService,
    private readonly lifecycle: OrderLifecycleService,
    private readonly timeline: OrderTimeline,
    private readonly events: EventBus,
    private readonly rateLimiter: RateLimiterPort,
    private readonly config: AppConfig,
    private readonly conversations: ConversationService,
    private readonly plans: PaymentPlanService,
  ) {}

  async checkout(ctx: TenantContext, input: CheckoutInput): Promise<CheckoutResult> {
    const visitorId = visitorOf(ctx);
    const email = validEmail(input.email);
    const limit = await this.rateLimiter.hit(`checkout:${ctx.tenantId}:${visitorId}`, CHECKOUTS_PER_VISITOR, CHECKOUT_WINDOW_SECONDS);
    if (!limit.allowed) throw new RateLimitedError(limit.retryAfterSeconds);
    // Only the visitor's own conversation may be linked to the order.
    const conversation = input.conversationId ? await this.conversations.findForActor(ctx, input.conversationId) : null;
    return this.placeAndOpen(ctx, async (tx) => {
      const cart = await this.carts.lockOpenCart(tx, visitorId, false);
      const items = cart ? await this.carts.itemsOf(tx, cart.id) : [];
      if (!cart || !items.length) throw new CheckoutAborted(new CartEmpty());
      await this.data.repo(tx, Cart).update({ id: cart.id }, { status: 'checked_out' });
      return {
        items,
        discountCode: cart.discountCode,
        shipping: 'standard',
        source: 'chat',
        visitorId,
        conversationId: conversation?.id ?? null,
        email,
        name: input.name ?? null,
        placedMessage: `Order placed from the chat by ${email}`,
      };
    });
  }

  /**
   * Places an order the way checkout does (pricing, discount use, stock holds, payment link) from
   * what `prepare` reads and claims inside the transaction: a cart, or a staff draft.
   */
  async placeAndOpen(ctx: TenantContext, prepare: (tx: TenantContext) => Promise<OrderRequest>): Promise<CheckoutResult> {
    const provider = this.payments.providerName;
    const windowSeconds = provider === 'stripe' ? this.config.PAYMENT_LINK_TTL_SECONDS : this.config.MANUAL_PAYMENT_HOLD_SECONDS;
    const dueAt = new Date(Date.now() + windowSeconds * 1000);
    let placed: { order: Order; lines: OrderLine[] };
    try {
      placed = await this.data.transaction(ctx, async (tx) => this.place(tx, await prepare(tx), provider, dueAt, windowSeconds));
    } catch (error) {
      if (error instanceof CheckoutAborted) return error.failure;
      throw error;
    }
    const { order, lines } = placed;
    const settings = await this.settings.get(ctx);
    if (settings.paymentPlanMinimumCents !== null && order.totalCents >= settings.paymentPlanMinimumCents) {
      const planned = await this.openPlan(ctx, order, settings.paymentPlanInstalments, dueAt);
      if (planned) return planned;
    }
    // A shopper goes back to the page they were on; a staff invoice to the store.
    const returnUrl = paymentReturnUrl(this.config, order.number, order.source === 'chat' ? ctx.origin : undefined);
    const payment = await this.payments.open(ctx, {
      orderId: order.id,
      orderNumber: order.number,
      currency: order.currency,
      totalCents: order.totalCents,
      lineItems: lineItemsOf(order, lines),
      customerEmail: order.customerEmail,
      successUrl: `${returnUrl}&shopdesk_payment=success`,
      cancelUrl: `${returnUrl}&shopdesk_payment=cancelled`,
      expiresAt: dueAt,
    });
    if (payment instanceof PaymentProviderFailure) {
      await this.lifecycle.cancel(TenantContext.system(ctx.tenantId, 'checkout'), order.id, 'the payment service was unavailable');
      return payment;
    }
    await this.timeline.record(ctx, order.id, {
      type: 'payment_link',
      message: payment.url ? `Payment link created, valid until ${payment.expiresAt?.toISOString()}` : 'Waiting for a manual payment',
      visibleToCustomer: false,
      data: { paymentId: payment.id, provider: payment.provider },
    });
    return { order, paymentUrl: payment.url, expiresAt: payment.expiresAt ?? dueAt, provider: payment.provider };
  }

  /**
   * A large order is paid in instalments: the shopper is sent to pay the first one. Null when the
   * order cannot be split (a total of a few cents), so it is paid in one go.
   */
  private async openPlan(ctx: TenantContext, order: Order, instalments: number, dueAt: Date): Promise<CheckoutLink | PaymentProviderFailure | null> {
    const planned = await this.plans.create(ctx, order.id, instalments, DEFAULT_PLAN_INTERVAL_DAYS);
    if (planned instanceof PaymentProviderFailure) {
      await this.lifecycle.cancel(TenantContext.system(ctx.tenantId, 'checkout'), order.id, 'the payment service was unavailable');
      return planned;
    }
    if (!(planned instanceof Order)) return null;
    const [first] = await this.plans.planOf(ctx, order.id);
    return { order: planned, paymentUrl: first?.paymentUrl ?? null, expiresAt: dueAt, provider: this.payments.providerName };
  }

  private async place(tx: TenantContext, request: OrderRequest, provider: string, dueAt: Date, windowSeconds: number): Promise<{ order: Order; lines: OrderLine[] }> {
    const variants = await this.catalog.byIds(tx, request.items.map((i) => i.variantId));
    const priced = request.items.map((item) => {
      const variant = variants.get(item.variantId);
      if (!variant || !variant.purchasable) throw new CheckoutAborted(new ProductUnavailable(item.variantId));
      // Sold out already: answer now instead of queueing for the stock row's lock. The guarded hold below stays the real check.
      if (variant.available < item.quantity) throw new CheckoutAborted(new InsufficientStock(item.variantId, item.quantity, variant.available));
      return { item, variant };
    });
    const settings = await this.settings.get(tx);
    let discount = null;
    if (request.discountCode) {
      const usable = await this.discounts.usable(tx, request.discountCode);
      if (usable instanceof DiscountCodeInvalid) throw new CheckoutAborted(usable);
      if (!(await this.discounts.claim(tx, usable.id))) throw new CheckoutAborted(new DiscountCodeInvalid('This discount code has been used up'));
      discount = usable;
    }
    const totals = priceOrder(
      priced.map((p) => ({ unitPriceCents: p.variant.unitPriceCents, quantity: p.item.quantity })),
      shippingRules(settings, request.shipping),
      discount,
    );
    const order = await this.insertOrder(tx, {
      status: OrderStatus.AWAITING_PAYMENT,
      source: request.source,
      visitorId: request.visitorId,
      conversationId: request.conversationId,
      customerEmail: request.email,
      customerName: request.name?.trim().slice(0, 120) || null,
      currency: settings.currency,
      ...totals,
      discountCode: discount?.code ?? null,
      paymentProvider: provider,
      paymentDueAt: dueAt,
    });
    await this.timeline.record(tx, order.id, { type: 'placed', message: request.placedMessage, toStatus: OrderStatus.AWAITING_PAYMENT });
    await request.onPlaced?.(order);
    // Holds last, in a fixed order: the hot stock rows stay locked as briefly as possible and never deadlock.
    const lines: OrderLine[] = [];
    for (const { item, variant } of [...priced].sort((a, b) => a.item.variantId.localeCompare(b.item.variantId))) {
      const hold = await this.inventory.reserve(tx, { variantId: item.variantId, quantity: item.quantity, ttlSeconds: windowSeconds + HOLD_GRACE_SECONDS, reference: `order:${order.id}` });
      if (hold instanceof InsufficientStock) throw new CheckoutAborted(hold);
      lines.push(
        await this.data.repo(tx, OrderLine).insert({
          orderId: order.id,
          variantId: item.variantId,
          productId: variant.productId,
          sku: variant.sku,
          name: variant.name,
          quantity: item.quantity,
          unitPriceCents: variant.unitPriceCents,
          reservationId: hold.id,
        }),
      );
    }
    this.events.publish(
      tx,
      new OrderPlacedEvent(tx.tenantId, tx.actor, order.id, order.number, order.totalCents, order.currency, order.conversationId, order.visitorId, order.source, lines.map(placedLine)),
    );
    return { order, lines };
  }

  /** Inserts with a fresh random number, drawing again on the (very unlikely) clash without aborting the transaction. */
  private async insertOrder(tx: TenantContext, values: Partial<Order>): Promise<Order> {
    const manager = this.data.managerOf(tx);
    for (let attempt = 0; attempt < 5; attempt++) {
      const order = manager.create(Order, { ...values, id: randomUUID(), tenantId: tx.tenantId, number: newOrderNumber() });
      const inserted = await manager.createQueryBuilder().insert().into(Order).values(order).orIgnore().returning(['id']).execute();
      if ((inserted.raw as unknown[]).length) {
        // Read back for the columns the database filled in (defaults, timestamps).
        const saved = await this.data.repo(tx, Order).findOneBy({ id: order.id });
        if (saved) return saved;
      }
    }
    throw new Error('Could not draw a free order number');
  }
}

/** Line items for the payment page. With a discount the lines would not add up, so one line carries the total. */
function lineItemsOf(order: Order, lines: OrderLine[]): Array<{ name: string; unitAmountCents: number; quantity: number }> {
  if (order.discountCents > 0) return [{ name: `Order ${order.number}`, unitAmountCents: order.totalCents, quantity: 1 }];
  const items = lines.map((l) => ({ name: l.name, unitAmountCents: l.unitPriceCents, quantity: l.quantity }));
  if (order.shippingCents > 0) items.push({ name: 'Shipping', unitAmountCents: order.shippingCents, quantity: 1 });
  if (order.taxCents > 0) items.push({ name: 'Tax', unitAmountCents: order.taxCents, quantity: 1 });
  return items;
}

function placedLine(line: OrderLine): PlacedOrderLine {
  return { productId: line.productId, variantId: line.variantId, sku: line.sku, name: line.name, quantity: line.quantity, unitPriceCents: line.unitPriceCents };
}
