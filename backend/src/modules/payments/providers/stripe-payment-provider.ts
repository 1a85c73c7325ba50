import Stripe from 'stripe';
import { CheckoutLink, CheckoutRequest, PaymentProvider, RefundRequest } from './payment-provider';

/** Stripe asks that a Checkout Session live at least 30 minutes; our own expiry may be shorter. */
const STRIPE_MIN_SESSION_SECONDS = 30 * 60 + 30;

export function createStripeClient(secretKey: string, apiUrl?: string): Stripe {
  const base = apiUrl ? new URL(apiUrl) : undefined;
  return new Stripe(secretKey, {
    maxNetworkRetries: 1,
    timeout: 15_000,
    telemetry: false,
    ...(base ? { host: base.hostname, port: base.port || (base.protocol === 'https:' ? 443 : 80), protocol: base.protocol === 'https:' ? 'https' : 'http' } : {}),
  });
}

/** Stripe Checkout Sessions for payment links; refunds through the PaymentIntent. */
export class StripePaymentProvider extends PaymentProvider {
  readonly name = 'stripe' as const;

  constructor(private readonly stripe: Stripe) {
    super();
  }

  async createCheckout(request: CheckoutRequest): Promise<CheckoutLink> {
    const metadata = {
      tenant_id: request.tenantId,
      order_id: request.orderId,
      payment_id: request.paymentId,
      order_number: request.orderNumber,
      ...(request.instalmentId ? { instalment_id: request.instalmentId } : {}),
    };
    const minExpiry = Math.ceil(Date.now() / 1000) + STRIPE_MIN_SESSION_SECONDS;
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: request.lineItems.map((line) => ({
          quantity: line.quantity,
          price_data: { currency: request.currency.toLowerCase(), unit_amount: line.unitAmountCents, product_data: { name: line.name.slice(0, 250) } },
        })),
        customer_email: request.customerEmail,
        client_reference_id: request.orderId,
        success_url: request.successUrl,
        cancel_url: request.cancelUrl,
        expires_at: Math.max(Math.floor(request.expiresAt.getTime() / 1000), minExpiry),
        metadata,
        payment_intent_data: { metadata },
      },
      { idempotencyKey: `checkout:${request.paymentId}` },
    );
    if (!session.url) throw new Error('Stripe returned a Checkout Session without a URL');
    return { externalId: session.id, url: session.url, expiresAt: new Date(session.expires_at * 1000) };
  }

  async cancel(externalId: string): Promise<void> {
    await this.stripe.checkout.sessions.expire(externalId);
  }

  async refund(request: RefundRequest): Promise<string | null> {
    if (!request.paymentIntentId) throw new Error('The payment has no PaymentIntent to refund');
    const refund = await this.stripe.refunds.create(
      { payment_intent: request.paymentIntentId, amount: request.amountCents },
      { idempotencyKey: request.idempotencyKey },
    );
    return refund.id;
  }
}
