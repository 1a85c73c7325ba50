import { CheckoutLink, CheckoutRequest, PaymentProvider } from './payment-provider';

/** No card processor: the order waits and staff mark it paid once the money arrives (transfer, cash, terminal). */
export class ManualPaymentProvider extends PaymentProvider {
  readonly name = 'manual' as const;

  async createCheckout(request: CheckoutRequest): Promise<CheckoutLink> {
    return { externalId: null, url: null, expiresAt: request.expiresAt };
  }

  async cancel(): Promise<void> {
    return;
  }

  /** Money goes back the way it came, outside the system; the refund is only recorded. */
  async refund(): Promise<string | null> {
    return null;
  }
}
