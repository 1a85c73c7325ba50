import { Actor } from '../../platform/context/actor';
import { DomainEvent } from '../../platform/events/domain-event';
import { OrderStatus } from './entities/order-status';

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
