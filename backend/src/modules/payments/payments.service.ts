import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type Stripe from 'stripe';
import { IsNull } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { JobPayload, JobQueuePort } from '../../platform/jobs/job-queue.port';
import { Payment } from './entities/payment.entity';
import { PaymentRefund } from './entities/payment-refund.entity';
import { PaymentWebhookEvent } from './entities/payment-webhook-event.entity';
import { PaymentProviderFailure, RefundTooLarge } from './payment-failures';
import { PaidOutcome, PaymentFacts, PaymentOutcomes } from './payment-outcomes';
import { CheckoutRequest } from './providers/payment-provider';
import { PaymentProviders } from './providers/payment-providers';

const AUTO_REFUND_JOB = 'payments.auto-refund';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AutoRefundJob extends JobPayload {
  paymentId: string;
}

/** The slice of a Stripe object a webhook needs; checkout sessions, payment intents and charges all fit. */
interface StripeObjectFacts {
  id: string;
  object: string;
  metadata?: Record<string, string> | null;
  payment_intent?: string | { id: string } | null;
  payment_status?: string;
  /** Charges: everything refunded so far, in minor units. */
  amount_refunded?: number;
}

export type NewCheckout = Omit<CheckoutRequest, 'paymentId' | 'tenantId'>;

/**
 * Collects and returns an order's money. Every settlement (paid, expired, refunded) is applied in one
 * transaction together with the order's reaction, through PaymentOutcomes.
 */
@Injectable()
export class PaymentsService implements OnModuleInit {
  private readonly logger = new Logger('Payments');

  constructor(
    private readonly data: TenantDataService,
    private readonly providers: PaymentProviders,
    private readonly outcomes: PaymentOutcomes,
    private readonly jobs: JobQueuePort,
  ) {}

  onModuleInit(): void {
    this.jobs.register<AutoRefundJob>(AUTO_REFUND_JOB, async (job) => {
      const ctx = TenantContext.system(job.tenantId, 'payment-auto-refund');
      const payment = await this.data.repo(ctx, Payment).findOneBy({ id: job.paymentId });
      if (!payment || payment.refundedCents >= payment.amountCents) return;
      const result = await this.refundPayment(ctx, payment, payment.amountCents - payment.refundedCents, 'The order could no longer be fulfilled', `auto-refund:${payment.id}`);
      // Thrown so the queue retries with backoff.
      if (result instanceof PaymentProviderFailure) throw new Error(result.message);
    });
  }

  /** stripe or manual: how new checkouts are paid. */
  get providerName(): 'stripe' | 'manual' {
    return this.providers.active.name;
  }

  /** Opens a payment for an order: a Stripe Checkout Session, or a manual payment staff confirm. */
  async open(ctx: TenantContext, checkout: NewCheckout): Promise<Payment | PaymentProviderFailure> {
    const provider = this.providers.active;
    const repo = this.data.repo(ctx, Payment);
    const payment = await repo.insert({
      orderId: checkout.orderId,
      instalmentId: checkout.instalmentId ?? null,
      provider: provider.name,
      status: 'pending',
      amountCents: checkout.totalCents,
      currency: checkout.currency,
      expiresAt: checkout.expiresAt,
    });
    try {
      const link = await provider.createCheckout({ ...checkout, paymentId: payment.id, tenantId: ctx.tenantId });
      await repo.update({ id: payment.id }, { externalId: link.externalId, url: link.url, expiresAt: link.expiresAt });
      return Object.assign(payment, { externalId: link.externalId, url: link.url, expiresAt: link.expiresAt });
    } catch (error) {
      this.logger.warn({ err: error, orderId: checkout.orderId }, 'Opening a payment failed');
      await repo.update({ id: payment.id }, { status: 'failed' });
      return new PaymentProviderFailure();
    }
  }

  async ofOrder(ctx: TenantContext, orderId: string): Promise<Payment[]> {
    return this.data.repo(ctx, Payment).find({ where: { orderId }, order: { createdAt: 'ASC' } });
  }

  async refundsOfOrder(ctx: TenantContext, orderId: string): Promise<PaymentRefund[]> {
    return this.data.repo(ctx, PaymentRefund).find({ where: { orderId }, order: { createdAt: 'ASC' } });
  }

  /**
   * The order (or, given `instalmentId`, that instalment) waits for no more money: open payments are
   * closed (and their Stripe sessions expired, after commit).
   */
  async closeOpen(ctx: TenantContext, orderId: string, instalmentId: string | null = null): Promise<void> {
    const closed = await this.data
      .repo(ctx, Payment)
      .sql<{ provider: string; external_id: string | null }>(
        `UPDATE payments SET status = 'cancelled', updated_at = now()
         WHERE tenant_id = $1 AND order_id = $2 AND status = 'pending' AND ($3::uuid IS NULL OR instalment_id = $3::uuid) RETURNING provider, external_id`,
        [orderId, instalmentId],
      );
    for (const row of rowsOf(closed)) {
      if (!row.external_id) continue;
      const externalId = row.external_id;
      ctx.afterCommit(() => {
        // Best effort: a session paid meanwhile cannot be expired, and its late webhook is handled.
        this.providers
          .byName(row.provider)
          .cancel(externalId)
          .catch((error: unknown) => this.logger.warn({ err: error, externalId }, 'Expiring a checkout session failed'));
      });
    }
  }

  /**
   * Staff confirm money received by hand (transfer, cash, terminal). The order's open manual payment
   * is settled; for an order with a card link, a manual payment is recorded instead and the link is
   * closed, so the shopper cannot pay twice (a payment that still slips through is refunded).
   */
  async confirmManually(ctx: TenantContext, due: { orderId: string; instalmentId?: string | null; amountCents: number; currency: string }): Promise<PaidOutcome> {
    const instalmentId = due.instalmentId ?? null;
    return this.data.transaction(ctx, async (tx) => {
      const repo = this.data.repo(tx, Payment);
      const payment =
        (await repo.findOne({ where: { orderId: due.orderId, instalmentId: instalmentId ?? IsNull(), status: 'pending', provider: 'manual' }, order: { createdAt: 'DESC' } })) ??
        (await repo.insert({ orderId: due.orderId, instalmentId, provider: 'manual', status: 'pending', amountCents: due.amountCents, currency: due.currency }));
      return this.applySuccess(tx, payment, null);
    });
  }

  /**
   * Applies one verified Stripe event, once: the event id is recorded in the same transaction, so a
   * redelivery (or a concurrent duplicate) changes nothing. Events may come in any order.
   */
  async applyStripeEvent(event: Stripe.Event): Promise<string> {
    const object = event.data.object as unknown as StripeObjectFacts;
    const tenantId = object.metadata?.tenant_id;
    const paymentId = object.metadata?.payment_id;
    if (!tenantId || !paymentId || !UUID.test(tenantId) || !UUID.test(paymentId)) return 'ignored: not a Shopdesk payment';
    const ctx = TenantContext.system(tenantId, 'stripe-webhook');
    return this.data.transaction(ctx, async (tx) => {
      const events = this.data.repo(tx, PaymentWebhookEvent);
      const fresh = (await this.data.managerOf(tx).query(
        `INSERT INTO payment_webhook_events (tenant_id, provider, event_id, type, outcome) VALUES ($1, 'stripe', $2, $3, 'applying')
         ON CONFLICT (tenant_id, provider, event_id) DO NOTHING RETURNING id`,
        [tx.tenantId, event.id, event.type.slice(0, 80)],
      )) as Array<{ id: string }>;
      if (!rowsOf(fresh).length) return 'duplicate';
      const outcome = await this.applyStripeObject(tx, event.type, object, paymentId);
      await events.update({ provider: 'stripe', eventId: event.id }, { outcome: outcome.slice(0, 120) });
      return outcome;
    });
  }

  /** Gives back part or all of an order's payments; the order is told through PaymentOutcomes. */
  async refund(ctx: TenantContext, orderId: string, amountCents: number, reason: string): Promise<PaymentRefund | RefundTooLarge | PaymentProviderFailure> {
    const payments = (await this.ofOrder(ctx, orderId)).filter((p) => p.status === 'succeeded' && p.amountCents > p.refundedCents);
    const refundable = payments.reduce((sum, p) => sum + p.amountCents - p.refundedCents, 0);
    const payment = payments.find((p) => p.amountCents - p.refundedCents >= amountCents);
    if (!payment || amountCents <= 0) return new RefundTooLarge(refundable);
    return this.refundPayment(ctx, payment, amountCents, reason);
  }

  /**
   * Gives back everything still held on the order, payment by payment (a payment plan settles in
   * several). Returns the first provider failure; the other payments are still tried.
   */
  async refundRemaining(ctx: TenantContext, orderId: string, reason: string): Promise<PaymentProviderFailure | null> {
    let failure: PaymentProviderFailure | null = null;
    for (const payment of await this.ofOrder(ctx, orderId)) {
      if (payment.status !== 'succeeded' || payment.amountCents <= payment.refundedCents) continue;
      const result = await this.refundPayment(ctx, payment, payment.amountCents - payment.refundedCents, reason);
      if (result instanceof PaymentProviderFailure) failure ??= result;
    }
    return failure;
  }

  private async refundPayment(
    ctx: TenantContext,
    payment: Payment,
    amountCents: number,
    reason: string,
    idempotencyKey?: string,
  ): Promise<PaymentRefund | RefundTooLarge | PaymentProviderFailure> {
    // Claim the amount first: two refunds at once can never give back more than was paid.
    const refund = await this.data.transaction(ctx, async (tx) => {
      const claimed = await this.data
        .repo(tx, Payment)
        .sql(
          `UPDATE payments SET refunded_cents = refunded_cents + $3, updated_at = now()
           WHERE tenant_id = $1 AND id = $2 AND status = 'succeeded' AND refunded_cents + $3 <= amount_cents RETURNING id`,
          [payment.id, amountCents],
        );
      if (!rowsOf(claimed).length) return null;
      return this.data.repo(tx, PaymentRefund).insert({ paymentId: payment.id, orderId: payment.orderId, amountCents, status: 'pending', reason: reason.slice(0, 255) });
    });
    if (!refund) return new RefundTooLarge(Math.max(0, payment.amountCents - payment.refundedCents));
    let externalId: string | null;
    try {
      externalId = await this.providers
        .byName(payment.provider)
        .refund({ paymentIntentId: payment.paymentIntentId, amountCents, idempotencyKey: idempotencyKey ?? `refund:${refund.id}` });
    } catch (error) {
      this.logger.warn({ err: error, paymentId: payment.id }, 'Refund failed');
      await this.data.transaction(ctx, async (tx) => {
        await this.data.repo(tx, Payment).sql(`UPDATE payments SET refunded_cents = refunded_cents - $3 WHERE tenant_id = $1 AND id = $2`, [payment.id, amountCents]);
        await this.data.repo(tx, PaymentRefund).update({ id: refund.id }, { status: 'failed' });
      });
      return new PaymentProviderFailure('The refund could not be made right now. Nothing was refunded; please try again.');
    }
    return this.data.transaction(ctx, async (tx) => {
      await this.data.repo(tx, PaymentRefund).update({ id: refund.id }, { status: 'succeeded', externalId });
      await this.outcomes.current.refunded(tx, { ...factsOf(payment), refundCents: amountCents, reason });
      return Object.assign(refund, { status: 'succeeded' as const, externalId });
    });
  }

  private async applyStripeObject(tx: TenantContext, type: string, object: StripeObjectFacts, paymentId: string): Promise<string> {
    const payment = await this.data.repo(tx, Payment).findOneBy({ id: paymentId, provider: 'stripe' });
    if (!payment) return 'ignored: unknown payment';
    const isSession = object.object === 'checkout.session';
    // The session was created but its id not stored yet: fail so Stripe delivers the event again shortly.
    if (isSession && payment.externalId === null && payment.status === 'pending') throw new Error('The checkout session is not recorded yet');
    if (isSession && payment.externalId !== object.id) return 'ignored: session does not match the payment';
    const intentId = object.object === 'payment_intent' ? object.id : idOf(object.payment_intent);
    switch (type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded':
        if (object.payment_status !== 'paid' && object.payment_status !== 'no_payment_required') return 'waiting: payment not settled yet';
        return `paid: ${await this.applySuccess(tx, payment, intentId)}`;
      case 'payment_intent.succeeded':
        return `paid: ${await this.applySuccess(tx, payment, intentId)}`;
      case 'checkout.session.expired':
        return this.applyExpiry(tx, payment);
      case 'charge.refunded':
        if (intentId !== payment.paymentIntentId) return 'ignored: charge does not match the payment';
        return this.applyProviderRefund(tx, payment, object.amount_refunded ?? 0);
      default:
        return 'ignored: event type not used';
    }
  }

  private async applySuccess(tx: TenantContext, payment: Payment, intentId: string | null): Promise<PaidOutcome> {
    const claimed = await this.data.repo(tx, Payment).sql(
      `UPDATE payments SET status = 'succeeded', succeeded_at = now(), payment_intent_id = coalesce($3, payment_intent_id), updated_at = now()
       WHERE tenant_id = $1 AND id = $2 AND status <> 'succeeded' RETURNING id`,
      [payment.id, intentId],
    );
    if (!rowsOf(claimed).length) {
      // The other event of the pair (session completed / intent succeeded) may bring the intent id.
      if (intentId) await this.data.repo(tx, Payment).sql(`UPDATE payments SET payment_intent_id = coalesce(payment_intent_id, $3) WHERE tenant_id = $1 AND id = $2`, [payment.id, intentId]);
      return 'already_paid';
    }
    const outcome = await this.outcomes.current.paid(tx, factsOf(payment));
    if (outcome === 'refund') {
      tx.afterCommit(() => void this.jobs.enqueue<AutoRefundJob>(AUTO_REFUND_JOB, { tenantId: tx.tenantId, paymentId: payment.id }, { jobId: `auto-refund:${payment.id}` }));
    }
    return outcome;
  }

  /**
   * A refund made in the Stripe dashboard. Refunds made here claim their amount before Stripe is
   * called, so their own charge.refunded events find nothing new; only the difference is recorded.
   */
  private async applyProviderRefund(tx: TenantContext, payment: Payment, totalRefundedCents: number): Promise<string> {
    const locked = await this.data.repo(tx, Payment).query('p').andWhere('p.id = :id', { id: payment.id }).setLock('pessimistic_write').getOne();
    if (!locked || locked.status !== 'succeeded') return 'ignored: payment not settled';
    const refundCents = Math.min(totalRefundedCents, locked.amountCents) - locked.refundedCents;
    if (refundCents <= 0) return 'ignored: refund already recorded';
    const reason = 'Refunded in Stripe';
    await this.data.repo(tx, Payment).update({ id: locked.id }, { refundedCents: locked.refundedCents + refundCents });
    await this.data.repo(tx, PaymentRefund).insert({ paymentId: locked.id, orderId: locked.orderId, amountCents: refundCents, status: 'succeeded', reason });
    await this.outcomes.current.refunded(tx, { ...factsOf(locked), refundCents, reason, madeInProvider: true });
    return `refunded: ${refundCents}`;
  }

  private async applyExpiry(tx: TenantContext, payment: Payment): Promise<string> {
    const claimed = await this.data.repo(tx, Payment).sql(
      `UPDATE payments SET status = 'expired', updated_at = now() WHERE tenant_id = $1 AND id = $2 AND status = 'pending' RETURNING id`,
      [payment.id],
    );
    if (!rowsOf(claimed).length) return `ignored: payment already ${payment.status}`;
    return `expired: ${await this.outcomes.current.expired(tx, factsOf(payment))}`;
  }
}

function factsOf(payment: Payment): PaymentFacts {
  return { paymentId: payment.id, orderId: payment.orderId, instalmentId: payment.instalmentId, provider: payment.provider, amountCents: payment.amountCents };
}

function idOf(ref: string | { id: string } | null | undefined): string | null {
  if (!ref) return null;
  return typeof ref === 'string' ? ref : ref.id;
}

/** UPDATE … RETURNING through TypeORM yields [rows, count]; INSERT … RETURNING yields rows. */
function rowsOf<R>(result: R[] | [R[], number]): R[] {
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as R[];
  return result as R[];
}
