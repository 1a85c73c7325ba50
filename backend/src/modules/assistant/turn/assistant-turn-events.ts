import { Actor } from '../../../platform/context/actor';
import { DomainEvent } from '../../../platform/events/domain-event';

/** A product search the assistant ran for a visitor, with how many products it found. */
export interface AssistantSearch {
  readonly query: string;
  readonly resultCount: number;
}

/** The assistant answered (or refused) one visitor message: what analytics and audits learn from a turn. */
export class AssistantTurnCompletedEvent extends DomainEvent {
  constructor(
    tenantId: string,
    actor: Actor,
    readonly conversationId: string,
    readonly messageId: string,
    readonly intent: string,
    readonly confidence: number,
    /** Visitor sentiment, -1..1. */
    readonly sentiment: number,
    readonly toolNames: readonly string[],
    readonly searches: readonly AssistantSearch[],
    /** A tool put something in the visitor's cart this turn (the chat → cart step of the funnel). */
    readonly addedToCart: boolean,
  ) {
    super(tenantId, actor);
  }
}
