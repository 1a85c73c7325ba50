import type { ConversationEventType, ConversationStatus, MessageAuthor } from '@shopdesk/shared';

/** GraphQL serialises enums by name, so the wire carries the keys of the shared enums. */
export type MessageAuthorName = keyof typeof MessageAuthor;
export type ConversationStatusName = keyof typeof ConversationStatus;
/** Stored event kinds plus the live-only TYPING and READ. */
export type ConversationEventTypeName = keyof typeof ConversationEventType | 'TYPING' | 'READ';
/** What a SYSTEM message announces; the widget words it in the visitor's language. */
export type SystemEventName = 'AGENT_JOINED' | 'AGENT_LEFT' | 'HANDED_BACK' | 'HUMAN_REQUESTED' | 'RESOLVED' | 'SNOOZED' | 'REOPENED';

export interface ChatMessage {
  id: string;
  conversationId: string;
  seq: number;
  author: MessageAuthorName;
  /** The team member's name on AGENT messages, or the one a SYSTEM notice is about. */
  authorName?: string | null;
  systemEvent?: SystemEventName | null;
  text: string;
  /** ISO-8601. */
  createdAt: string;
}

export interface WidgetSettings {
  storeName: string;
  greeting: string;
  primaryColor: string;
  position: string;
}

export interface VisitorSession {
  token: string;
  visitorId: string;
  settings: WidgetSettings;
}

export interface SendMessageInput {
  conversationId?: string;
  text: string;
}

export interface ConversationPage {
  status: ConversationStatusName;
  /** Ascending by seq, every one with seq greater than the requested one. */
  messages: ChatMessage[];
}

export interface ConversationEvent {
  type: ConversationEventTypeName;
  conversation: { id: string; status: ConversationStatusName };
  message: ChatMessage | null;
  /** Set on TYPING events. */
  typing?: TypingSignal | null;
}

export interface TypingSignal {
  author: MessageAuthorName;
  name: string | null;
  active: boolean;
}

/** A shopper the store has signed in, vouched for by its server (HMAC of the customer id). */
export interface VisitorIdentity {
  customerId: string;
  signature: string;
  name?: string;
  email?: string;
}
