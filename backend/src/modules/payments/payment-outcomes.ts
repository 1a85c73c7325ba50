import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';

export interface PaymentFacts {
  paymentId: string;
  orderId: string;
  /** The payment plan instalment the money is for; null when it pays the whole order. */
  instalmentId: string | null;
  provider: string;
  amountCents: number;
}

export interface RefundFacts extends PaymentFacts {
  refundCents: number;
  reason: string;
  /** Made outside Shopdesk (in the Stripe dashboard) and learned from its webhook. */
  madeInProvider?: boolean;
}

/** What the order made of money that arrived. `refund`: it can no longer be fulfilled, give the money back. */
export type PaidOutcome = 'applied' | 'already_paid' | 'refund';

/**
 * What the owner of orders does when a payment settles. Called inside the transaction that records
 * the payment change, so both commit together or not at all.
 */
export interface PaymentOutcomeHandler {
  paid(ctx: TenantContext, facts: PaymentFacts): Promise<PaidOutcome>;
  /** The payment window closed unpaid; returns what became of the order. */
  expired(ctx: TenantContext, facts: PaymentFacts): Promise<string>;
  refunded(ctx: TenantContext, facts: RefundFacts): Promise<void>;
}

/**
 * The orders module registers its handler here at start-up; payments call it without depending on
 * orders (which depends on payments).
 */
@Injectable()
export class PaymentOutcomes {
  private handler?: PaymentOutcomeHandler;

  register(handler: PaymentOutcomeHandler): void {
    this.handler = handler;
  }

  get current(): PaymentOutcomeHandler {
    if (!this.handler) throw new Error('No payment outcome handler is registered');
    return this.handler;
  }
}
