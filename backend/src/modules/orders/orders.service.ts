import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { PaymentsService } from '../payments/payments.service';
import { CartChange, CartService, CartView, visitorOf } from './cart.service';
import { CheckoutInput, CheckoutResult, CheckoutService } from './checkout.service';
import { OrderLine } from './entities/order-line.entity';
import { CANCELLABLE_STATUSES } from './entities/order-status';
import { Order } from './entities/order.entity';
import { OrderEvent } from './entities/order-event.entity';
import { PaymentInstalment } from './entities/payment-instalment.entity';
import { OrderNotFound } from './order-failures';
import { MoneyChange, OrderLifecycleService } from './order-lifecycle.service';
import { NotReturnable, ReturnQuantityExceeded } from './order-return-failures';
import { OrderReturnService, ReturnRequest, ReturnView } from './order-return.service';
import { OrderTimeline } from './order-timeline';
import { OrderTrackingService } from './order-tracking.service';
import { PaymentInstalments } from './payment-instalments';

/** An order as its shopper may see it. */
export interface CustomerOrderView {
  order: Order;
  lines: OrderLine[];
  timeline: OrderEvent[];
  canCancel: boolean;
  /** The open payment link while the order awaits payment. */
  paymentUrl: string | null;
  returns: ReturnView[];
  /** The payment plan; empty when the order is paid in one go. */
  instalments: PaymentInstalment[];
}

/**
 * What shoppers can do with carts and orders, for the widget's resolvers and the assistant's tools
 * alike. Every method acts as the visitor in `ctx`, never with more rights.
 */
@Injectable()
export class OrdersService {
  constructor(
    private readonly carts: CartService,
    private readonly checkouts: CheckoutService,
    private readonly tracking: OrderTrackingService,
    private readonly lifecycle: OrderLifecycleService,
    private readonly timeline: OrderTimeline,
    private readonly payments: PaymentsService,
    private readonly returns: OrderReturnService,
    private readonly instalments: PaymentInstalments,
  ) {}

  viewCart(ctx: TenantContext): Promise<CartView> {
    return this.carts.view(ctx);
  }

  addToCart(ctx: TenantContext, variantId: string, quantity = 1): Promise<CartChange> {
    return this.carts.change(ctx, variantId, quantity, 'add');
  }

  /** 0 removes the item. */
  setCartQuantity(ctx: TenantContext, variantId: string, quantity: number): Promise<CartChange> {
    return this.carts.change(ctx, variantId, quantity, 'set');
  }

  applyDiscountCode(ctx: TenantContext, code: string): Promise<CartChange> {
    return this.carts.applyDiscount(ctx, code);
  }

  removeDiscountCode(ctx: TenantContext): Promise<CartView> {
    return this.carts.removeDiscount(ctx);
  }

  /** Holds the stock, creates the order and returns the link to pay it (shareable in the chat). */
  checkoutLink(ctx: TenantContext, input: CheckoutInput): Promise<CheckoutResult> {
    return this.checkouts.checkout(ctx, input);
  }

  /** By number and email, or by number alone for the visitor who placed it. */
  async trackOrder(ctx: TenantContext, number: string, email?: string | null): Promise<CustomerOrderView | OrderNotFound> {
    const order = await this.tracking.find(ctx, number, email);
    if (order instanceof OrderNotFound) return order;
    return this.customerView(ctx, order);
  }

  async myOrders(ctx: TenantContext): Promise<CustomerOrderView[]> {
    const orders = await this.tracking.mine(ctx, visitorOf(ctx));
    return Promise.all(orders.map((o) => this.customerView(ctx, o)));
  }

  /** Cancels while not shipped; anything paid is refunded. */
  async cancelOrder(ctx: TenantContext, number: string, email?: string | null): Promise<CustomerOrderView | OrderNotFound | Exclude<MoneyChange, Order>> {
    const order = await this.tracking.find(ctx, number, email);
    if (order instanceof OrderNotFound) return order;
    const result = await this.lifecycle.cancel(ctx, order.id, 'at the customer’s request');
    if (!(result instanceof Order)) return result;
    return this.customerView(ctx, result);
  }

  /** Starts a return of some units of a shipped order, found like trackOrder (and rate-limited the same way). */
  async requestReturn(
    ctx: TenantContext,
    number: string,
    email: string | null | undefined,
    request: ReturnRequest,
  ): Promise<CustomerOrderView | OrderNotFound | NotReturnable | ReturnQuantityExceeded> {
    const order = await this.tracking.find(ctx, number, email);
    if (order instanceof OrderNotFound) return order;
    const result = await this.returns.request(ctx, order.id, request);
    if (result instanceof NotReturnable || result instanceof ReturnQuantityExceeded) return result;
    return this.customerView(ctx, order);
  }

  /** The order's payment plan, first instalment first; empty when it is paid in one go. */
  instalmentsOf(ctx: TenantContext, orderId: string): Promise<PaymentInstalment[]> {
    return this.instalments.ofOrder(ctx, orderId);
  }

  async customerView(ctx: TenantContext, order: Order): Promise<CustomerOrderView> {
    const [lines, timeline, payments, returns, instalments] = await Promise.all([
      this.lifecycle.linesOf(ctx, order.id),
      this.timeline.of(ctx, order.id, true),
      this.payments.ofOrder(ctx, order.id),
      this.returns.ofOrder(ctx, order.id),
      this.instalments.ofOrder(ctx, order.id),
    ]);
    const open = payments.find((p) => p.status === 'pending' && p.url);
    return { order, lines, timeline, canCancel: CANCELLABLE_STATUSES.includes(order.status), paymentUrl: open?.url ?? null, returns, instalments };
  }
}
