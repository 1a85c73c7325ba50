import type { ConversationEventType, ConversationStatus, MessageAuthor } from '@shopdesk/shared';

// GraphQL exposes the shared enums by their keys (BOT, WAITING_FOR_HUMAN, ...), not by their stored values.
export type ConversationStatusName = keyof typeof ConversationStatus;
export type MessageAuthorName = keyof typeof MessageAuthor;
export type ConversationEventTypeName = keyof typeof ConversationEventType;

export interface ConversationSummary {
  readonly id: string;
  readonly status: ConversationStatusName;
  readonly visitor: { readonly id: string; readonly displayName: string };
  readonly createdAt: string;
  readonly lastMessageAt: string;
  readonly lastMessagePreview: string | null;
}

export interface ChatMessage {
  readonly id: string;
  readonly conversationId: string;
  readonly seq: number;
  readonly author: MessageAuthorName;
  readonly text: string;
  readonly createdAt: string;
}

export interface ConversationEvent {
  readonly type: ConversationEventTypeName;
  readonly conversation: ConversationSummary;
  readonly message: ChatMessage | null;
}

export interface ConversationPage {
  readonly items: readonly ConversationSummary[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}
