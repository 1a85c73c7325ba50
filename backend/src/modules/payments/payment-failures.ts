/** The payment provider could not be reached or refused the request; nothing was charged or refunded. */
export class PaymentProviderFailure {
  readonly code = 'PAYMENT_PROVIDER_UNAVAILABLE';
  constructor(readonly message = 'The payment service is unavailable right now. Please try again in a moment.') {}
}

/** More than was paid (and not yet refunded) was asked back. */
export class RefundTooLarge {
  readonly code = 'REFUND_TOO_LARGE';
  constructor(readonly refundableCents: number) {}

  get message(): string {
    return `At most ${(this.refundableCents / 100).toFixed(2)} can be refunded`;
  }
}
