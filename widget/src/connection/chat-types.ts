import type { ConversationEventType, ConversationStatus, MessageAuthor } from '@shopdesk/shared';

/** GraphQL serialises enums by name, so the wire carries the keys of the shared enums. */
export type MessageAuthorName = keyof typeof MessageAuthor;
export type ConversationStatusName = keyof typeof ConversationStatus;
export type ConversationEventTypeName = keyof typeof ConversationEventType;

export interface ChatMessage {
  id: string;
  conversationId: string;
  seq: number;
  author: MessageAuthorName;
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
}
