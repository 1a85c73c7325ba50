import { Injectable, OnModuleInit } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { EventBus } from '../../../platform/events/event-bus';
import { OrderStatus } from '../../orders/entities/order-status';
import { OrderPlacedEvent, OrderStatusChangedEvent } from '../../orders/order-events';
import { AnalyticsIngestService } from './analytics-ingest.service';

const VOIDING: ReadonlySet<OrderStatus> = new Set([OrderStatus.CANCELLED, OrderStatus.REFUNDED]);

/**
 * Feeds orders into analytics: a checkout is remembered as pending, counts once paid (see REVENUE in
 * analytics-definitions) and comes back out when cancelled or refunded. A store's order events are
 * handled one after another in the order they were published, so a payment that follows its
 * checkout closely never overtakes it.
 */
@Injectable()
export class OrderActivityListener implements OnModuleInit {
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    private readonly events: EventBus,
    private readonly ingest: AnalyticsIngestService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(OrderPlacedEvent, (event) =>
      this.inOrder(event.tenantId, (ctx) =>
        this.ingest.orderPending(ctx, {
          orderId: event.orderId,
          placedAt: event.occurredAt,
          totalMinor: event.totalCents,
          conversationId: event.conversationId,
          visitorId: event.visitorId,
          items: event.lines.map((line) => ({
            productId: line.productId,
            variantId: line.variantId,
            sku: line.sku,
            name: line.name,
            quantity: line.quantity,
            totalMinor: line.quantity * line.unitPriceCents,
          })),
        }),
      ),
    );
    this.events.subscribe(OrderStatusChangedEvent, (event) => {
      if (event.to === OrderStatus.PAID) return this.inOrder(event.tenantId, (ctx) => this.ingest.orderPaid(ctx, event.orderId));
      if (VOIDING.has(event.to)) return this.inOrder(event.tenantId, (ctx) => this.ingest.orderVoided(ctx, event.orderId));
    });
  }

  private inOrder(tenantId: string, work: (ctx: TenantContext) => Promise<void>): Promise<void> {
    const ctx = TenantContext.system(tenantId, 'analytics');
    const next = (this.queues.get(tenantId) ?? Promise.resolve()).then(() => work(ctx));
    const settled = next.catch(() => undefined);
    this.queues.set(tenantId, settled);
    void settled.then(() => {
      if (this.queues.get(tenantId) === settled) this.queues.delete(tenantId);
    });
    return next;
  }
}
