import { InsufficientStockErrorType } from '../../inventory/dto/inventory.types';
import { InsufficientStock } from '../../inventory/insufficient-stock.error';
import { Payment } from '../../payments/entities/payment.entity';
import { PaymentProviderFailure, RefundTooLarge } from '../../payments/payment-failures';
import { CartView } from '../cart.service';
import { DraftOrderInvoiced } from '../draft-order-failures';
import { DraftOrderView } from '../draft-order.service';
import { CheckoutLink } from '../checkout.service';
import { DiscountCode } from '../entities/discount-code.entity';
import { OrderEvent } from '../entities/order-event.entity';
import { OrderLine } from '../entities/order-line.entity';
import { OrderStatus } from '../entities/order-status';
import { OrderSettings } from '../entities/order-settings.entity';
import { Order } from '../entities/order.entity';
import { CartEmpty, DiscountCodeInvalid, OrderNotFound, OrderTransitionRefused, ProductUnavailable } from '../order-failures';
import { NotReturnable, ReturnQuantityExceeded, ReturnTransitionRefused } from '../order-return-failures';
import { InstalmentAlreadyPaid, InstalmentCountOutOfRange, PaymentPlanNotAllowed } from '../payment-plan-failures';
import { InstalmentView, OutstandingBalance } from '../payment-plan.service';
import { isOverdue } from '../payment-plan-schedule';
import { ReturnView } from '../order-return.service';
import { Quote } from '../order-quote';
import { CustomerOrderView } from '../orders.service';
import { WishlistEntry } from '../wishlist.service';
import { CartLineType, CartType } from './cart.types';
import { DraftOrderInvoicedErrorType, DraftOrderType } from './draft-order.types';
import {
  CartEmptyErrorType,
  DiscountCodeInvalidErrorType,
  OrderNotFoundErrorType,
  OrderTransitionErrorType,
  PaymentUnavailableErrorType,
  ProductUnavailableErrorType,
  RefundTooLargeErrorType,
} from './order-errors.types';
import { NotReturnableErrorType, OrderReturnType, ReturnQuantityExceededErrorType, ReturnTransitionErrorType } from './order-return.types';
import { WishlistType } from './wishlist.types';
import {
  InstalmentAlreadyPaidErrorType,
  InstalmentCountErrorType,
  InstalmentStatus,
  OutstandingBalanceType,
  PaymentInstalmentType,
  PaymentPlanNotAllowedErrorType,
  PaymentPlanType,
} from './payment-plan.types';
import { CheckoutLinkType, CustomerOrderType, DiscountCodeType, OrderEventType, OrderLineType, OrderSettingsType, OrderType, PaymentType } from './order.types';

export type Failure =
  | InsufficientStock
  | CartEmpty
  | ProductUnavailable
  | DiscountCodeInvalid
  | OrderNotFound
  | OrderTransitionRefused
  | PaymentProviderFailure
  | RefundTooLarge
  | NotReturnable
  | ReturnQuantityExceeded
  | ReturnTransitionRefused
  | DraftOrderInvoiced
  | PaymentPlanNotAllowed
  | InstalmentCountOutOfRange
  | InstalmentAlreadyPaid;

const major = (cents: number) => cents / 100;

/** The GraphQL error object of a returned business failure. */
export function toErrorType(f: Failure): object {
  const base = { code: f.code, message: f.message };
  if (f instanceof InsufficientStock) return Object.assign(new InsufficientStockErrorType(), base, { variantId: f.variantId, requested: f.requested, available: f.available });
  if (f instanceof CartEmpty) return Object.assign(new CartEmptyErrorType(), base);
  if (f instanceof ProductUnavailable) return Object.assign(new ProductUnavailableErrorType(), base, { variantId: f.variantId });
  if (f instanceof DiscountCodeInvalid) return Object.assign(new DiscountCodeInvalidErrorType(), base);
  if (f instanceof OrderNotFound) return Object.assign(new OrderNotFoundErrorType(), base);
  if (f instanceof OrderTransitionRefused) return Object.assign(new OrderTransitionErrorType(), base, { status: f.status });
  if (f instanceof NotReturnable) return Object.assign(new NotReturnableErrorType(), base);
  if (f instanceof ReturnQuantityExceeded) return Object.assign(new ReturnQuantityExceededErrorType(), base, { orderLineId: f.orderLineId, requested: f.requested, returnable: f.returnable });
  if (f instanceof ReturnTransitionRefused) return Object.assign(new ReturnTransitionErrorType(), base, { status: f.status });
  if (f instanceof DraftOrderInvoiced) return Object.assign(new DraftOrderInvoicedErrorType(), base, { orderId: f.orderId });
  if (f instanceof PaymentPlanNotAllowed) return Object.assign(new PaymentPlanNotAllowedErrorType(), base);
  if (f instanceof InstalmentCountOutOfRange) return Object.assign(new InstalmentCountErrorType(), base, { min: f.min, max: f.max });
  if (f instanceof InstalmentAlreadyPaid) return Object.assign(new InstalmentAlreadyPaidErrorType(), base);
  if (f instanceof RefundTooLarge) return Object.assign(new RefundTooLargeErrorType(), base, { refundable: major(f.refundableCents) });
  return Object.assign(new PaymentUnavailableErrorType(), base);
}

export function toCartType(view: CartView): CartType {
  return Object.assign(new CartType(), {
    id: view.id,
    lines: toQuotedLineTypes(view),
    itemCount: view.lines.reduce((n, l) => n + l.quantity, 0),
    discountCode: view.discountCode,
    ...toTotals(view),
  });
}

export function toDraftOrderType(view: DraftOrderView): DraftOrderType {
  const d = view.draft;
  return Object.assign(new DraftOrderType(), {
    id: d.id,
    status: d.status,
    customerEmail: d.customerEmail,
    customerName: d.customerName,
    lines: toQuotedLineTypes(view.quote),
    discountCode: view.quote.discountCode,
    shippingMethod: d.shippingMethod,
    ...toTotals(view.quote),
    orderId: d.orderId,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  });
}

function toQuotedLineTypes(quote: Quote): CartLineType[] {
  return quote.lines.map((l) => ({
    variantId: l.variant.variantId,
    productId: l.variant.productId,
    sku: l.variant.sku,
    name: l.variant.name,
    imageUrl: l.variant.imageUrl,
    quantity: l.quantity,
    unitPrice: major(l.variant.unitPriceCents),
    lineTotal: major(l.variant.unitPriceCents * l.quantity),
    available: l.variant.available,
    purchasable: l.variant.purchasable,
  }));
}

function toTotals(quote: Quote): Pick<CartType, 'currency' | 'subtotal' | 'discount' | 'shipping' | 'tax' | 'total'> {
  return {
    currency: quote.currency,
    subtotal: major(quote.totals.subtotalCents),
    discount: major(quote.totals.discountCents),
    shipping: major(quote.totals.shippingCents),
    tax: major(quote.totals.taxCents),
    total: major(quote.totals.totalCents),
  };
}

export function paymentStateOf(o: Order): string {
  if (o.paidCents === 0) return 'unpaid';
  if (o.refundedCents === 0) return 'paid';
  return o.refundedCents >= o.paidCents ? 'refunded' : 'partially_refunded';
}

export function toOrderType(o: Order): OrderType {
  return Object.assign(new OrderType(), {
    id: o.id,
    number: o.number,
    status: o.status,
    paymentState: paymentStateOf(o),
    source: o.source,
    customerEmail: o.customerEmail,
    customerName: o.customerName,
    visitorId: o.visitorId,
    conversationId: o.conversationId,
    currency: o.currency,
    subtotal: major(o.subtotalCents),
    discount: major(o.discountCents),
    discountCode: o.discountCode,
    shipping: major(o.shippingCents),
    tax: major(o.taxCents),
    total: major(o.totalCents),
    paid: major(o.paidCents),
    refunded: major(o.refundedCents),
    paymentProvider: o.paymentProvider,
    paymentDueAt: o.paymentDueAt,
    paidAt: o.paidAt,
    carrier: o.carrier,
    trackingNumber: o.trackingNumber,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  });
}

export function toOrderLineType(l: OrderLine): OrderLineType {
  return {
    id: l.id,
    variantId: l.variantId,
    productId: l.productId,
    sku: l.sku,
    name: l.name,
    quantity: l.quantity,
    unitPrice: major(l.unitPriceCents),
    lineTotal: major(l.unitPriceCents * l.quantity),
    restockedQuantity: l.restockedQuantity,
  };
}

export function toOrderEventType(e: OrderEvent): OrderEventType {
  return {
    id: e.id,
    type: e.type,
    fromStatus: e.fromStatus as OrderStatus | null,
    toStatus: e.toStatus as OrderStatus | null,
    actorKind: e.actorKind,
    actorId: e.actorId,
    message: e.message,
    visibleToCustomer: e.visibleToCustomer,
    at: e.at,
  };
}

export function toPaymentType(p: Payment): PaymentType {
  return {
    id: p.id,
    provider: p.provider,
    status: p.status,
    amount: major(p.amountCents),
    refunded: major(p.refundedCents),
    currency: p.currency,
    url: p.url,
    externalId: p.externalId,
    expiresAt: p.expiresAt,
    succeededAt: p.succeededAt,
    createdAt: p.createdAt,
  };
}

export function toCustomerOrderType(view: CustomerOrderView): CustomerOrderType {
  const o = view.order;
  return Object.assign(new CustomerOrderType(), {
    number: o.number,
    status: o.status,
    currency: o.currency,
    lines: view.lines.map(toOrderLineType),
    subtotal: major(o.subtotalCents),
    discount: major(o.discountCents),
    shipping: major(o.shippingCents),
    tax: major(o.taxCents),
    total: major(o.totalCents),
    refunded: major(o.refundedCents),
    carrier: o.carrier,
    trackingNumber: o.trackingNumber,
    paymentUrl: view.paymentUrl,
    paymentDueAt: o.status === OrderStatus.AWAITING_PAYMENT ? o.paymentDueAt : null,
    canCancel: view.canCancel,
    timeline: view.timeline.map((e) => ({ type: e.type, message: e.message, at: e.at })),
    returns: view.returns.map(toOrderReturnType),
    instalments: view.instalments.map((i) => ({ number: i.number, amount: major(i.amountCents), dueAt: i.dueAt, status: i.status as InstalmentStatus })),
    createdAt: o.createdAt,
  });
}

export function toOrderReturnType(view: ReturnView): OrderReturnType {
  const r = view.orderReturn;
  return Object.assign(new OrderReturnType(), {
    id: r.id,
    status: r.status,
    reason: r.reason,
    rejectionReason: r.rejectionReason,
    lines: view.lines.map((l) => ({
      orderLineId: l.orderLine.id,
      sku: l.orderLine.sku,
      name: l.orderLine.name,
      quantity: l.quantity,
      restockedQuantity: l.restockedQuantity,
      unitPrice: major(l.orderLine.unitPriceCents),
    })),
    value: major(view.valueCents),
    refunded: major(r.refundedCents),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });
}

export function toCheckoutLinkType(link: CheckoutLink, view: CustomerOrderView): CheckoutLinkType {
  return Object.assign(new CheckoutLinkType(), { order: toCustomerOrderType(view), paymentUrl: link.paymentUrl, expiresAt: link.expiresAt, provider: link.provider });
}

export function toOrderSettingsType(s: OrderSettings, paymentProvider: string): OrderSettingsType {
  return {
    currency: s.currency,
    taxRatePercent: s.taxRateBps / 100,
    flatShipping: major(s.flatShippingCents),
    freeShippingOver: s.freeShippingOverCents === null ? null : major(s.freeShippingOverCents),
    paymentPlanMinimum: s.paymentPlanMinimumCents === null ? null : major(s.paymentPlanMinimumCents),
    paymentPlanInstalments: s.paymentPlanInstalments,
    paymentProvider,
  };
}

export function toDiscountCodeType(d: DiscountCode): DiscountCodeType {
  return {
    id: d.id,
    code: d.code,
    kind: d.kind,
    value: d.kind === 'percentage' ? d.value / 100 : major(d.value),
    usageLimit: d.usageLimit,
    usedCount: d.usedCount,
    expiresAt: d.expiresAt,
    active: d.active,
  };
}

export function toWishlistType(entries: WishlistEntry[]): WishlistType {
  return Object.assign(new WishlistType(), {
    items: entries.map(({ item, variants }) => {
      const [first] = variants;
      return {
        id: item.id,
        productId: item.productId,
        variantId: item.variantId,
        name: item.variantId ? first.name : first.productName,
        sku: item.variantId ? first.sku : null,
        imageUrl: first.imageUrl,
        price: major(Math.min(...variants.map((v) => v.unitPriceCents))),
        available: variants.reduce((sum, v) => sum + v.available, 0),
        purchasable: variants.some((v) => v.purchasable),
        addedAt: item.createdAt,
      };
    }),
  });
}

export function toPaymentInstalmentType({ instalment: i, paymentUrl }: InstalmentView): PaymentInstalmentType {
  return Object.assign(new PaymentInstalmentType(), {
    id: i.id,
    number: i.number,
    count: i.count,
    amount: major(i.amountCents),
    currency: i.currency,
    dueAt: i.dueAt,
    status: i.status as InstalmentStatus,
    overdue: isOverdue(i),
    paidAt: i.paidAt,
    paymentUrl,
  });
}

/** Null when the order has no plan. */
export function toPaymentPlanType(views: InstalmentView[]): PaymentPlanType | null {
  if (!views.length) return null;
  const outstanding = views.reduce((sum, v) => sum + (v.instalment.status === 'pending' ? v.instalment.amountCents : 0), 0);
  return { instalments: views.map(toPaymentInstalmentType), outstanding: major(outstanding) };
}

export function toOutstandingBalanceType(balance: OutstandingBalance): OutstandingBalanceType {
  return {
    customerEmail: balance.customerEmail,
    total: major(balance.totalCents),
    overdue: major(balance.overdueCents),
    items: balance.items.map((item) => ({
      orderId: item.order.id,
      orderNumber: item.order.number,
      orderStatus: item.order.status,
      instalmentId: item.instalment?.id ?? null,
      instalmentNumber: item.instalment?.number ?? null,
      instalmentCount: item.instalment?.count ?? null,
      amount: major(item.amountCents),
      currency: item.order.currency,
      dueAt: item.dueAt,
      overdue: item.overdue,
    })),
  };
}
