import type Stripe from 'stripe';

/** Checks a webhook's Stripe-Signature against the raw bytes received; nothing of the body is trusted before. */
export class StripeWebhookVerifier {
  constructor(
    private readonly stripe: Stripe,
    private readonly secret: string,
  ) {}

  /** The event, or throws when the signature is missing, forged, or older than Stripe's tolerance (5 minutes). */
  verify(rawBody: Buffer, signature: string | undefined): Stripe.Event {
    if (!signature) throw new Error('Missing Stripe-Signature header');
    return this.stripe.webhooks.constructEvent(rawBody, signature, this.secret);
  }
}
