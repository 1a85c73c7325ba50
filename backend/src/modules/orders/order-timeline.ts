import { Injectable } from '@nestjs/common';
import { Actor } from '../../platform/context/actor';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { OrderEvent } from './entities/order-event.entity';

export interface TimelineEntry {
  type: string;
  message: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  visibleToCustomer?: boolean;
  data?: Record<string, unknown>;
}

/** Appends to an order's timeline, naming who acted. */
@Injectable()
export class OrderTimeline {
  constructor(private readonly data: TenantDataService) {}

  async record(ctx: TenantContext, orderId: string, entry: TimelineEntry): Promise<OrderEvent> {
    const { kind, id } = actorOf(ctx.actor);
    return this.data.repo(ctx, OrderEvent).insert({
      orderId,
      type: entry.type,
      message: entry.message.slice(0, 500),
      fromStatus: entry.fromStatus ?? null,
      toStatus: entry.toStatus ?? null,
      visibleToCustomer: entry.visibleToCustomer ?? true,
      actorKind: kind,
      actorId: id,
      data: entry.data ?? {},
    });
  }

  async of(ctx: TenantContext, orderId: string, customerView: boolean): Promise<OrderEvent[]> {
    return this.data.repo(ctx, OrderEvent).find({
      where: customerView ? { orderId, visibleToCustomer: true } : { orderId },
      order: { at: 'ASC', id: 'ASC' },
      take: 500,
    });
  }
}

function actorOf(actor: Actor): { kind: string; id: string | null } {
  switch (actor.kind) {
    case 'staff':
      return { kind: 'staff', id: actor.userId };
    case 'visitor':
      return { kind: 'visitor', id: actor.visitorId };
    case 'api_key':
      return { kind: 'api_key', id: actor.apiKeyId };
    case 'system':
      return { kind: 'system', id: actor.reason };
    default:
      return { kind: 'anonymous', id: null };
  }
}
