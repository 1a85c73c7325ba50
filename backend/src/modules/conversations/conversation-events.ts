import { ConversationStatus, MessageAuthor } from '@shopdesk/shared';
import { Actor } from '../../platform/context/actor';
import { DomainEvent } from '../../platform/events/domain-event';
import { LiveEventType } from './live-event-type';
import { MessageBlock } from './message-blocks';
import { SystemEvent } from './system-event';

/** JSON-safe snapshot of a message, as it travels through pub/sub and jobs. */
export interface MessageSnapshot {
  id: string;
  conversationId: string;
  seq: number;
  author: MessageAuthor;
  authorId: string | null;
  authorName: string | null;
  text: string;
  internal: boolean;
  systemEvent: SystemEvent | null;
  blocks: MessageBlock[];
  inReplyTo: string | null;
  createdAt: string;
}

export interface ConversationSnapshot {
  id: string;
  visitorId: string;
  status: ConversationStatus;
  assignedTo: string | null;
  assignedName: string | null;
  snoozedUntil: string | null;
  lastSeq: number;
  visitorReadSeq: number;
  staffReadSeq: number;
  unreadForStaff: number;
  unreadForVisitor: number;
  csatScore: number | null;
  csatComment: string | null;
  createdAt: string;
  lastMessageAt: string;
  lastMessagePreview: string | null;
}

/** Someone is (or stopped) writing; live only. */
export interface TypingSnapshot {
  author: MessageAuthor;
  name: string | null;
  active: boolean;
}

/** A chunk of a bot reply still being written; live only. */
export interface DeltaSnapshot {
  /** The visitor message the reply answers; the stored reply carries the same inReplyTo. */
  inReplyTo: string;
  text: string;
}

/** What subscribers of a conversation (or of the whole store) receive. */
export interface LiveConversationEvent {
  tenantId: string;
  type: LiveEventType;
  conversation: ConversationSnapshot;
  message: MessageSnapshot | null;
  typing: TypingSnapshot | null;
  delta?: DeltaSnapshot | null;
}

export class MessageCreatedEvent extends DomainEvent {
  constructor(
    tenantId: string,
    actor: Actor,
    readonly conversation: ConversationSnapshot,
    readonly message: MessageSnapshot,
    /** The visitor's browser language (Accept-Language) when a visitor wrote the message. */
    readonly visitorLocale?: string,
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

/** Status or assignment changed (takeover, hand-back, a visitor asking for a human, resolve…). */
export class ConversationStatusChangedEvent extends DomainEvent {
  constructor(
    tenantId: string,
    actor: Actor,
    readonly conversation: ConversationSnapshot,
    readonly previousStatus: ConversationStatus,
  ) {
    super(tenantId, actor);
  }
}

/** The visitor rated the conversation (CSAT), or changed their rating. */
export class ConversationRatedEvent extends DomainEvent {
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
