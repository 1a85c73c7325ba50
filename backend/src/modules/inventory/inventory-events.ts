import { Actor } from '../../platform/context/actor';
import { DomainEvent } from '../../platform/events/domain-event';

/** Units available to sell changed for these variants (catalog keeps its in-stock summary from it). */
export class StockChangedEvent extends DomainEvent {
  constructor(
    tenantId: string,
    actor: Actor,
    /** Variant id → units available across every location after the change. */
    readonly available: Record<string, number>,
  ) {
    super(tenantId, actor);
  }
}

/** JSON-safe alert, as it travels through pub/sub. */
export interface LowStockAlert {
  tenantId: string;
  variantId: string;
  locationId: string;
  available: number;
  threshold: number;
  at: string;
}

/** Available stock of a variant at a location fell to or below its threshold (once per crossing). */
export class LowStockEvent extends DomainEvent {
  constructor(
    tenantId: string,
    actor: Actor,
    readonly alert: LowStockAlert,
  ) {
    super(tenantId, actor);
  }
}

export const inventoryAlertsTopic = (tenantId: string) => `inventory-alerts:${tenantId}`;
