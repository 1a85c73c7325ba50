import { ConversationEventType, ConversationStatus, MessageAuthor } from '@shopdesk/shared';
import { Actor } from '../../platform/context/actor';
import { DomainEvent } from '../../platform/events/domain-event';

/** JSON-safe snapshot of a message, as it travels through pub/sub and jobs. */
export interface MessageSnapshot {
  id: string;
  conversationId: string;
  seq: number;
  author: MessageAuthor;
  authorId: string | null;
  text: string;
  inReplyTo: string | null;
  createdAt: string;
}

export interface ConversationSnapshot {
  id: string;
  visitorId: string;
  status: ConversationStatus;
  createdAt: string;
  lastMessageAt: string;
  lastMessagePreview: string | null;
}

/** What subscribers of a conversation (or of the whole store) receive. */
export interface LiveConversationEvent {
  tenantId: string;
  type: ConversationEventType;
  conversation: ConversationSnapshot;
  message: MessageSnapshot | null;
}

export class MessageCreatedEvent extends DomainEvent {
  constructor(
    tenantId: string,
    actor: Actor,
    readonly conversation: ConversationSnapshot,
    readonly message: MessageSnapshot,
  ) {
    super(tenantId, actor);
  }
}

export class ConversationCreatedEvent extends DomainEvent {
  constructor(
    tenantId: string,
    actor: Actor,
    readonly conversation: ConversationSnapshot,
  ) {
    super(tenantId, actor);
  }
}

export const conversationTopic = (tenantId: string, conversationId: string) => `conversation:${tenantId}:${conversationId}`;
export const tenantConversationsTopic = (tenantId: string) => `conversations:${tenantId}`;
