import { Injectable, OnModuleInit } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { EventBus } from '../../../platform/events/event-bus';
import { ShopperSearchedEvent } from '../../catalog/search/shopper-searched.event';
import { AnalyticsIngestService } from './analytics-ingest.service';

/** Feeds the searches shoppers make through the storefront into top searches and demand gaps, as the assistant's are. */
@Injectable()
export class ShopperSearchListener implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly ingest: AnalyticsIngestService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(ShopperSearchedEvent, (event) => this.record(event));
  }

  private async record(event: ShopperSearchedEvent): Promise<void> {
    const ctx = TenantContext.system(event.tenantId, 'analytics');
    await this.ingest.searchPerformed(ctx, { query: event.query, resultCount: event.resultCount, at: event.occurredAt });
  }
}
