/** Order statuses as the API names them. */
export type OrderStatusName = 'AWAITING_PAYMENT' | 'PAID' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED' | 'REFUNDED';

export const ORDER_STATUSES: readonly OrderStatusName[] = ['AWAITING_PAYMENT', 'PAID', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'];

/** How much of an order's money came in and went back. */
export type PaymentStateName = 'unpaid' | 'paid' | 'partially_refunded' | 'refunded';

export const PAYMENT_STATES: readonly PaymentStateName[] = ['unpaid', 'paid', 'partially_refunded', 'refunded'];

export const PAYMENT_STATE_LABELS: Readonly<Record<PaymentStateName, string>> = {
  unpaid: 'Unpaid',
  paid: 'Paid',
  partially_refunded: 'Partially refunded',
  refunded: 'Refunded',
};

export interface OrderSummary {
  readonly id: string;
  readonly number: string;
  readonly status: OrderStatusName;
  readonly paymentState: PaymentStateName;
  readonly source: string;
  readonly customerEmail: string;
  readonly customerName: string | null;
  readonly currency: string;
  readonly total: number;
  readonly createdAt: string;
}

export interface OrderLine {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly unitPrice: number;
  readonly lineTotal: number;
  readonly restockedQuantity: number;
}

export interface OrderEvent {
  readonly id: string;
  readonly type: string;
  readonly toStatus: OrderStatusName | null;
  readonly actorKind: string;
  readonly message: string;
  readonly visibleToCustomer: boolean;
  readonly at: string;
}

export interface OrderPayment {
  readonly id: string;
  readonly provider: string;
  readonly status: string;
  readonly amount: number;
  readonly refunded: number;
  readonly url: string | null;
  readonly createdAt: string;
}

export type ReturnStatusName = 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'RECEIVED' | 'REFUNDED';

export interface ReturnLine {
  readonly orderLineId: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly restockedQuantity: number;
  readonly unitPrice: number;
}

export interface OrderReturn {
  readonly id: string;
  readonly status: ReturnStatusName;
  readonly reason: string;
  readonly rejectionReason: string | null;
  readonly value: number;
  readonly refunded: number;
  readonly createdAt: string;
  readonly lines: readonly ReturnLine[];
}

export type InstalmentStatusName = 'PENDING' | 'PAID' | 'CANCELLED';

export interface PaymentInstalment {
  readonly id: string;
  readonly number: number;
  readonly count: number;
  readonly amount: number;
  readonly dueAt: string;
  readonly status: InstalmentStatusName;
  readonly overdue: boolean;
  readonly paidAt: string | null;
  readonly paymentUrl: string | null;
}

export interface PaymentPlan {
  readonly outstanding: number;
  readonly instalments: readonly PaymentInstalment[];
}

export interface OrderDetail extends OrderSummary {
  readonly subtotal: number;
  readonly discount: number;
  readonly discountCode: string | null;
  readonly shipping: number;
  readonly tax: number;
  readonly paid: number;
  readonly refunded: number;
  readonly paymentProvider: string;
  readonly paymentDueAt: string | null;
  readonly carrier: string | null;
  readonly trackingNumber: string | null;
  readonly conversationId: string | null;
  readonly lines: readonly OrderLine[];
  readonly events: readonly OrderEvent[];
  readonly payments: readonly OrderPayment[];
  readonly returns: readonly OrderReturn[];
  /** Null when the order is paid in one go. */
  readonly paymentPlan: PaymentPlan | null;
}

/** What an order mutation returns: the order, or a business failure to show. */
export type OrderChangeResult =
  | ({ readonly __typename: 'Order' } & Pick<OrderDetail, 'id' | 'status'>)
  | { readonly __typename: 'OrderTransitionError' | 'RefundTooLargeError' | 'PaymentUnavailableError'; readonly message: string };

/** What a return mutation returns: the return, or a business failure to show. */
export type ReturnChangeResult =
  | ({ readonly __typename: 'OrderReturn' } & Pick<OrderReturn, 'id' | 'status'>)
  | { readonly __typename: 'ReturnTransitionError' | 'RefundTooLargeError' | 'PaymentUnavailableError'; readonly message: string };

/** What creating a payment plan returns: the order, or a business failure to show. */
export type PaymentPlanChangeResult =
  | ({ readonly __typename: 'Order' } & Pick<OrderDetail, 'id' | 'status'>)
  | { readonly __typename: 'PaymentPlanNotAllowedError' | 'InstalmentCountError' | 'PaymentUnavailableError'; readonly message: string };

/** What an instalment mutation returns: the instalment, or a business failure to show. */
export type InstalmentChangeResult =
  | ({ readonly __typename: 'PaymentInstalment' } & Pick<PaymentInstalment, 'id' | 'status'>)
  | { readonly __typename: 'PaymentPlanNotAllowedError' | 'InstalmentAlreadyPaidError' | 'PaymentUnavailableError'; readonly message: string };
