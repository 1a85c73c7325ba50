import type { ConversationEventType, ConversationStatus, MessageAuthor } from '@shopdesk/shared';
import type { MessageBlock } from '@shopdesk/shared';

// GraphQL exposes the shared enums by their keys (BOT, WAITING_FOR_HUMAN, ...), not by their stored values.
export type ConversationStatusName = keyof typeof ConversationStatus;
export type MessageAuthorName = keyof typeof MessageAuthor;
/** Stored event kinds, plus the live-only TYPING, READ and MESSAGE_DELTA. */
export type ConversationEventTypeName = keyof typeof ConversationEventType | 'TYPING' | 'READ' | 'MESSAGE_DELTA';
export type SystemEventName =
  | 'AGENT_JOINED'
  | 'AGENT_LEFT'
  | 'CONTACT_LEFT'
  | 'HANDED_BACK'
  | 'HUMAN_REQUESTED'
  | 'RESOLVED'
  | 'SNOOZED'
  | 'REOPENED';

export interface ConversationAssignee {
  readonly id: string;
  readonly name: string;
}

export interface ConversationSummary {
  readonly id: string;
  readonly status: ConversationStatusName;
  /** `email` is set once the visitor left an address for a reply (after hours). */
  readonly visitor: { readonly id: string; readonly displayName: string; readonly email?: string | null };
  readonly createdAt: string;
  readonly lastMessageAt: string;
  readonly lastMessagePreview: string | null;
  readonly assignee: ConversationAssignee | null;
  /** Visitor messages the team has not seen yet. */
  readonly unreadCount: number;
  readonly lastSeq: number;
  readonly visitorReadSeq: number;
  /** The visitor's rating after resolution, 1 to 5. */
  readonly csatScore?: number | null;
  readonly csatComment?: string | null;
}

export interface ChatMessage {
  readonly id: string;
  readonly conversationId: string;
  readonly seq: number;
  readonly author: MessageAuthorName;
  readonly authorName: string | null;
  readonly text: string;
  /** A note for the team; the visitor never sees it. */
  readonly internal: boolean;
  readonly systemEvent: SystemEventName | null;
  readonly createdAt: string;
  /** Rich content the visitor saw under the text. */
  readonly blocks: readonly MessageBlock[];
  /** For bot replies: the visitor message answered. */
  readonly inReplyTo: string | null;
}

/** A chunk of a bot reply still being written; the stored reply with the same `inReplyTo` replaces it. */
export interface MessageDelta {
  readonly inReplyTo: string;
  readonly text: string;
}

export interface TypingIndicator {
  readonly author: MessageAuthorName;
  readonly name: string | null;
  readonly active: boolean;
}

export interface ConversationEvent {
  readonly type: ConversationEventTypeName;
  readonly conversation: ConversationSummary;
  readonly message: ChatMessage | null;
  readonly typing: TypingIndicator | null;
  /** Set on MESSAGE_DELTA events. */
  readonly delta?: MessageDelta | null;
}

export interface ConversationPage {
  readonly items: readonly ConversationSummary[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}
