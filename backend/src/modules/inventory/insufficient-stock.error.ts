/** An expected business outcome, returned to GraphQL callers as InsufficientStockError. */
export class InsufficientStock {
  readonly code = 'INSUFFICIENT_STOCK';
  constructor(
    readonly variantId: string,
    readonly requested: number,
    readonly available: number,
  ) {}

  get message(): string {
    return `Only ${this.available} available, ${this.requested} requested`;
  }
}
