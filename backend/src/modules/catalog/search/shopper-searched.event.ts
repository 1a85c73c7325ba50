import { Actor } from '../../../platform/context/actor';
import { DomainEvent } from '../../../platform/events/domain-event';

/** A shopper searched the store's catalog (storefront or widget search), with how many products matched. */
export class ShopperSearchedEvent extends DomainEvent {
  constructor(
    tenantId: string,
    actor: Actor,
    readonly query: string,
    readonly resultCount: number,
  ) {
    super(tenantId, actor);
  }
}
