import { ManualPaymentProvider } from './manual-payment-provider';
import { PaymentProvider } from './payment-provider';

/** The provider new checkouts use, and each provider by name for payments made earlier. */
export class PaymentProviders {
  private readonly manual = new ManualPaymentProvider();

  constructor(private readonly stripe?: PaymentProvider) {}

  get active(): PaymentProvider {
    return this.stripe ?? this.manual;
  }

  byName(name: string): PaymentProvider {
    if (name === 'manual') return this.manual;
    if (name === 'stripe' && this.stripe) return this.stripe;
    throw new Error(`Payment provider "${name}" is not configured`);
  }
}
