import { Injectable, OnModuleInit } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { EventBus } from '../../../platform/events/event-bus';
import { ConversationCreatedEvent, ConversationRatedEvent, ConversationStatusChangedEvent, MessageCreatedEvent } from '../../conversations/conversation-events';
import { AnalyticsIngestService } from './analytics-ingest.service';

/** Feeds conversation events into analytics, after the conversation's own write has committed. */
@Injectable()
export class ConversationActivityListener implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly ingest: AnalyticsIngestService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(ConversationCreatedEvent, (event) =>
      this.ingest.conversationChanged(this.contextOf(event.tenantId), event.conversation, event.occurredAt),
    );
    this.events.subscribe(ConversationStatusChangedEvent, (event) =>
      this.ingest.conversationChanged(this.contextOf(event.tenantId), event.conversation, event.occurredAt),
    );
    this.events.subscribe(ConversationRatedEvent, (event) =>
      this.ingest.conversationChanged(this.contextOf(event.tenantId), event.conversation, event.occurredAt),
    );
    this.events.subscribe(MessageCreatedEvent, (event) =>
      this.ingest.messageCreated(this.contextOf(event.tenantId), event.conversation, event.message, event.occurredAt),
    );
  }

  private contextOf(tenantId: string): TenantContext {
    return TenantContext.system(tenantId, 'analytics');
  }
}
