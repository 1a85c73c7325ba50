import { Injectable, OnModuleInit } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { EventBus } from '../../../platform/events/event-bus';
import { AssistantTurnCompletedEvent } from '../../assistant/turn/assistant-turn-events';
import { AnalyticsIngestService } from './analytics-ingest.service';

/**
 * Feeds each assistant turn into analytics: what the visitor asked about (top intents), the product
 * searches it ran (top searches and demand gaps), whether it put something in the cart (the funnel)
 * and the visitor message's sentiment.
 */
@Injectable()
export class AssistantTurnListener implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly ingest: AnalyticsIngestService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(AssistantTurnCompletedEvent, (event) => this.record(event));
  }

  private async record(event: AssistantTurnCompletedEvent): Promise<void> {
    const ctx = TenantContext.system(event.tenantId, 'analytics');
    const at = event.occurredAt;
    await this.ingest.intentDetected(ctx, { conversationId: event.conversationId, intent: event.intent, at });
    for (const search of event.searches) await this.ingest.searchPerformed(ctx, { query: search.query, resultCount: search.resultCount, at });
    if (event.addedToCart) await this.ingest.cartUpdated(ctx, { conversationId: event.conversationId, at });
    await this.ingest.sentimentScored(ctx, { sentiment: event.sentiment, at });
  }
}
