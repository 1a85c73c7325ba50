import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { NotFoundError } from '../../platform/graphql/app-errors';
import { PaymentProviderFailure } from '../payments/payment-failures';
import { PaymentsService } from '../payments/payments.service';
import { validEmail } from './customer-email';
import { OrderStatus, PAID_STATUSES } from './entities/order-status';
import { Order } from './entities/order.entity';
import { PaymentInstalment } from './entities/payment-instalment.entity';
import { money, OrderLifecycleService } from './order-lifecycle.service';
import { OrderTimeline } from './order-timeline';
import { PaymentInstalments } from './payment-instalments';
import { InstalmentAlreadyPaid, InstalmentCountOutOfRange, MAX_INSTALMENTS, MIN_INSTALMENTS, PaymentPlanNotAllowed } from './payment-plan-failures';
import { PaymentPlanReminderProcessor } from './payment-plan-reminder.processor';
import { paymentReturnUrl } from './payment-return-url';
import { isOverdue, scheduleInstalments } from './payment-plan-schedule';

/** An instalment with where to pay it while it is due. */
export interface InstalmentView {
  instalment: PaymentInstalment;
  paymentUrl: string | null;
}

/** One amount a customer still owes: an instalment, or a whole order awaiting payment. */
export interface OutstandingItem {
  order: Order;
  instalment: PaymentInstalment | null;
  amountCents: number;
  dueAt: Date | null;
  overdue: boolean;
}

export interface OutstandingBalance {
  customerEmail: string;
  totalCents: number;
  overdueCents: number;
  items: OutstandingItem[];
}

export type PlanResult = Order | PaymentPlanNotAllowed | InstalmentCountOutOfRange | PaymentProviderFailure;
export type InstalmentResult = InstalmentView | PaymentPlanNotAllowed | InstalmentAlreadyPaid | PaymentProviderFailure;

/**
 * Payment plans: an order's total split into instalments. The first replaces the order's payment
 * link and, once paid, makes the order paid; later ones are collected by their own links or by hand.
 */
@Injectable()
export class PaymentPlanService {
  constructor(
    private readonly data: TenantDataService,
    private readonly instalments: PaymentInstalments,
    private readonly lifecycle: OrderLifecycleService,
    private readonly payments: PaymentsService,
    private readonly timeline: OrderTimeline,
    private readonly reminders: PaymentPlanReminderProcessor,
    private readonly config: AppConfig,
  ) {}

  async planOf(ctx: TenantContext, orderId: string): Promise<InstalmentView[]> {
    const [instalments, payments] = await Promise.all([this.instalments.ofOrder(ctx, orderId), this.payments.ofOrder(ctx, orderId)]);
    return instalments.map((instalment) => ({
      instalment,
      paymentUrl: instalment.status === 'pending' ? (payments.find((p) => p.instalmentId === instalment.id && p.status === 'pending')?.url ?? null) : null,
    }));
  }

  /** Splits an unpaid order into instalments and replaces its payment link with the first one's. */
  async create(ctx: TenantContext, orderId: string, count: number, intervalDays: number): Promise<PlanResult> {
    if (!Number.isInteger(count) || count < MIN_INSTALMENTS || count > MAX_INSTALMENTS) return new InstalmentCountOutOfRange();
    const planned = await this.data.transaction(ctx, async (tx) => {
      const order = await this.lifecycle.lock(tx, orderId);
      if (order.status !== OrderStatus.AWAITING_PAYMENT || order.paidCents > 0) return new PaymentPlanNotAllowed('Only an unpaid order awaiting payment can be split into instalments');
      if ((await this.instalments.ofOrder(tx, orderId)).length) return new PaymentPlanNotAllowed('This order already has a payment plan');
      const schedule = scheduleInstalments(order.totalCents, count, intervalDays, new Date());
      if (schedule.some((s) => s.amountCents <= 0)) return new PaymentPlanNotAllowed('The order total is too small for that many instalments');
      const rows = await this.data.repo(tx, PaymentInstalment).insertMany(
        schedule.map((s) => ({ orderId, number: s.number, count, customerEmail: order.customerEmail, amountCents: s.amountCents, currency: order.currency, dueAt: s.dueAt, status: 'pending' as const })),
      );
      await this.payments.closeOpen(tx, orderId);
      const amounts = schedule.map((s) => money(s.amountCents, order.currency)).join(', ');
      await this.timeline.record(tx, orderId, { type: 'payment_plan', message: `Payment plan: ${count} instalments every ${intervalDays} days (${amounts})` });
      return { order, rows };
    });
    if (planned instanceof PaymentPlanNotAllowed) return planned;
    await this.reminders.schedule(ctx.tenantId, planned.rows);
    const link = await this.openLink(ctx, planned.order, planned.rows[0]);
    return link instanceof PaymentProviderFailure ? link : this.lifecycle.get(ctx, orderId);
  }

  /**
   * A fresh payment link for one instalment (any earlier one is closed). The first is paid while the
   * order awaits payment; later ones once the order is paid.
   */
  async sendLink(ctx: TenantContext, instalmentId: string): Promise<InstalmentResult> {
    const { instalment, order } = await this.load(ctx, instalmentId);
    const refusal = refusalFor(instalment, order);
    if (refusal) return refusal;
    await this.data.transaction(ctx, (tx) => this.payments.closeOpen(tx, order.id, instalment.id));
    const link = await this.openLink(ctx, order, instalment);
    return link instanceof PaymentProviderFailure ? link : { instalment, paymentUrl: link };
  }

  /** Staff confirm an instalment paid by hand; its open links are closed. */
  async markPaid(ctx: TenantContext, instalmentId: string): Promise<InstalmentResult> {
    const { instalment, order } = await this.load(ctx, instalmentId);
    const refusal = refusalFor(instalment, order);
    if (refusal) return refusal;
    await this.payments.confirmManually(ctx, { orderId: order.id, instalmentId: instalment.id, amountCents: instalment.amountCents, currency: instalment.currency });
    const settled = await this.instalments.find(ctx, instalmentId);
    return { instalment: settled ?? instalment, paymentUrl: null };
  }

  /** What a customer still owes across orders: unpaid instalments and unpaid orders, soonest due first. */
  async outstanding(ctx: TenantContext, rawEmail: string): Promise<OutstandingBalance> {
    const customerEmail = validEmail(rawEmail);
    const now = Date.now();
    const [instalments, unpaidOrders] = await Promise.all([
      this.data.repo(ctx, PaymentInstalment).find({ where: { customerEmail, status: 'pending' }, order: { dueAt: 'ASC', number: 'ASC' } }),
      this.data.repo(ctx, Order).find({ where: { customerEmail, status: OrderStatus.AWAITING_PAYMENT } }),
    ]);
    const planned = new Set(instalments.map((i) => i.orderId));
    const orders = new Map(unpaidOrders.map((o) => [o.id, o]));
    const missing = [...planned].filter((id) => !orders.has(id));
    if (missing.length) for (const o of await this.data.repo(ctx, Order).find({ where: { id: In(missing) } })) orders.set(o.id, o);
    const items: OutstandingItem[] = [
      ...instalments.flatMap((instalment) => {
        const order = orders.get(instalment.orderId);
        return order ? [{ order, instalment, amountCents: instalment.amountCents, dueAt: instalment.dueAt, overdue: isOverdue(instalment, now) }] : [];
      }),
      ...unpaidOrders
        .filter((o) => !planned.has(o.id))
        .map((order) => ({ order, instalment: null, amountCents: order.totalCents - order.paidCents, dueAt: order.paymentDueAt, overdue: !!order.paymentDueAt && order.paymentDueAt.getTime() < now })),
    ].sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
    return {
      customerEmail,
      totalCents: items.reduce((sum, i) => sum + i.amountCents, 0),
      overdueCents: items.reduce((sum, i) => sum + (i.overdue ? i.amountCents : 0), 0),
      items,
    };
  }

  private async load(ctx: TenantContext, instalmentId: string): Promise<{ instalment: PaymentInstalment; order: Order }> {
    const instalment = await this.instalments.find(ctx, instalmentId);
    if (!instalment) throw new NotFoundError('Instalment');
    return { instalment, order: await this.lifecycle.get(ctx, instalment.orderId) };
  }

  private async openLink(ctx: TenantContext, order: Order, instalment: PaymentInstalment): Promise<string | null | PaymentProviderFailure> {
    // A shopper goes back to the page they were on; anyone else to the store.
    const returnUrl = paymentReturnUrl(this.config, order.number, ctx.actor.kind === 'visitor' ? ctx.origin : undefined);
    // The first instalment keeps the order's payment deadline (its stock is held until then).
    const expiresAt = instalment.number === 1 && order.paymentDueAt ? order.paymentDueAt : new Date(Date.now() + this.config.PAYMENT_LINK_TTL_SECONDS * 1000);
    const payment = await this.payments.open(ctx, {
      orderId: order.id,
      instalmentId: instalment.id,
      orderNumber: order.number,
      currency: instalment.currency,
      totalCents: instalment.amountCents,
      lineItems: [{ name: `Order ${order.number} — instalment ${instalment.number} of ${instalment.count}`, unitAmountCents: instalment.amountCents, quantity: 1 }],
      customerEmail: order.customerEmail,
      successUrl: `${returnUrl}&shopdesk_payment=success`,
      cancelUrl: `${returnUrl}&shopdesk_payment=cancelled`,
      expiresAt,
    });
    const what = `instalment ${instalment.number} of ${instalment.count} (${money(instalment.amountCents, instalment.currency)})`;
    if (payment instanceof PaymentProviderFailure) {
      await this.timeline.record(ctx, order.id, { type: 'payment_link_failed', message: `The payment link for ${what} could not be created; send it again`, visibleToCustomer: false });
      return payment;
    }
    await this.timeline.record(ctx, order.id, {
      type: 'payment_link',
      message: payment.url ? `Payment link for ${what} created, valid until ${payment.expiresAt?.toISOString()}` : `Waiting for a manual payment of ${what}`,
      visibleToCustomer: false,
      data: { paymentId: payment.id, provider: payment.provider, instalmentId: instalment.id },
    });
    return payment.url;
  }
}

/** Why an instalment cannot be collected now, if it cannot. */
function refusalFor(instalment: PaymentInstalment, order: Order): PaymentPlanNotAllowed | InstalmentAlreadyPaid | null {
  if (instalment.status === 'paid') return new InstalmentAlreadyPaid();
  if (instalment.status === 'cancelled') return new PaymentPlanNotAllowed('This instalment was cancelled with its order');
  if (instalment.number === 1 && order.status !== OrderStatus.AWAITING_PAYMENT) return new PaymentPlanNotAllowed('The first instalment can only be collected while the order awaits payment');
  if (instalment.number > 1 && !PAID_STATUSES.includes(order.status)) return new PaymentPlanNotAllowed('Later instalments are collected once the first one has been paid');
  return null;
}
