/** One line shown on the provider's payment page, in minor units. */
export interface CheckoutLineItem {
  name: string;
  unitAmountCents: number;
  quantity: number;
}

export interface CheckoutRequest {
  tenantId: string;
  orderId: string;
  paymentId: string;
  /** Set when the checkout collects one instalment of a payment plan. */
  instalmentId?: string | null;
  orderNumber: string;
  currency: string;
  totalCents: number;
  lineItems: CheckoutLineItem[];
  customerEmail: string;
  successUrl: string;
  cancelUrl: string;
  expiresAt: Date;
}

export interface CheckoutLink {
  /** The provider's id for the session; null when the provider has none (manual). */
  externalId: string | null;
  url: string | null;
  expiresAt: Date;
}

export interface RefundRequest {
  paymentIntentId: string | null;
  amountCents: number;
  /** Same key, same refund: a retried call never refunds twice. */
  idempotencyKey: string;
}

/** Where money is collected. Stripe when a key is configured, manual (staff confirm) otherwise. */
export abstract class PaymentProvider {
  abstract readonly name: 'stripe' | 'manual';
  abstract createCheckout(request: CheckoutRequest): Promise<CheckoutLink>;
  /** Closes an unpaid session so it can no longer be paid. */
  abstract cancel(externalId: string): Promise<void>;
  /** Returns the provider's refund id. */
  abstract refund(request: RefundRequest): Promise<string | null>;
}
