import { Actor } from '../../platform/context/actor';
import { DomainEvent } from '../../platform/events/domain-event';
import { OrderStatus } from './entities/order-status';

/** One line of a placed order, as listeners (analytics, webhooks) need it. */
export interface PlacedOrderLine {
  readonly productId: string;
  readonly variantId: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly unitPriceCents: number;
}

/** A checkout created an order (awaiting payment). */
export class OrderPlacedEvent extends DomainEvent {
  constructor(
    tenantId: string,
    actor: Actor,
    readonly orderId: string,
    readonly number: string,
    readonly totalCents: number,
    readonly currency: string,
    readonly conversationId: string | null,
    readonly visitorId: string | null,
    readonly source: string,
    readonly lines: readonly PlacedOrderLine[],
  ) {
    super(tenantId, actor);
  }
}

/** An order moved to another status (paid, shipped, cancelled, …). */
export class OrderStatusChangedEvent extends DomainEvent {
  constructor(
    tenantId: string,
    actor: Actor,
    readonly orderId: string,
    readonly number: string,
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(tenantId, actor);
  }
}

/** An instalment of a payment plan is coming due (`reminder`) or past due (`overdue`) and still unpaid. */
export class InstalmentReminderDueEvent extends DomainEvent {
  constructor(
    tenantId: string,
    actor: Actor,
    readonly orderId: string,
    readonly orderNumber: string,
    readonly customerEmail: string,
    readonly instalmentId: string,
    readonly number: number,
    readonly count: number,
    readonly amountCents: number,
    readonly currency: string,
    readonly dueAt: Date,
    readonly kind: InstalmentReminderKind,
  ) {
    super(tenantId, actor);
  }
}

export type InstalmentReminderKind = 'reminder' | 'overdue';
