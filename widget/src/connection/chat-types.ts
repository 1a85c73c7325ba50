import type { MessageBlock } from '@shopdesk/shared';
import type { ConversationEventType, ConversationStatus, MessageAuthor } from '@shopdesk/shared';

/** GraphQL serialises enums by name, so the wire carries the keys of the shared enums. */
export type MessageAuthorName = keyof typeof MessageAuthor;
export type ConversationStatusName = keyof typeof ConversationStatus;
/** Stored event kinds plus the live-only TYPING, READ and MESSAGE_DELTA. */
export type ConversationEventTypeName = keyof typeof ConversationEventType | 'TYPING' | 'READ' | 'MESSAGE_DELTA';
/** What a SYSTEM message announces; the widget words it in the visitor's language. */
export type SystemEventName =
  | 'AGENT_JOINED'
  | 'AGENT_LEFT'
  | 'HANDED_BACK'
  | 'HUMAN_REQUESTED'
  | 'CONTACT_LEFT'
  | 'RESOLVED'
  | 'SNOOZED'
  | 'REOPENED';

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
  /** Rich parts shown under the text: product cards, quick replies, images, orders, payment links. */
  blocks?: MessageBlock[];
  /** On a bot reply: the visitor message it answers (its streamed draft carries the same id). */
  inReplyTo?: string | null;
}

export interface WidgetSettings {
  storeName: string;
  greeting: string;
  primaryColor: string;
  position: string;
  /** Whether the team is in; missing in settings remembered from an older widget. */
  availability?: WidgetAvailability;
}

export interface WidgetAvailability {
  open: boolean;
  /** ISO-8601; when the team is back. */
  nextOpenAt: string | null;
  message: string;
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
  /** Set on MESSAGE_DELTA events: the next chunk of the bot reply being written. */
  delta?: MessageDelta | null;
}

export interface MessageDelta {
  inReplyTo: string;
  text: string;
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
