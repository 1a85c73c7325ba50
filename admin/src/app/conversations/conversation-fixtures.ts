import type { ChatMessage, ConversationSummary } from './conversation.models';

// Builders for the inbox's specs: a plausible value, with the fields a test cares about overridden.

export function conversationSummary(extra: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    id: 'c1',
    status: 'BOT',
    visitor: { id: 'v1', displayName: 'Visitor 1', email: null },
    createdAt: '2025-01-01T12:00:00.000Z',
    lastMessageAt: '2025-01-01T12:00:00.000Z',
    lastMessagePreview: null,
    assignee: null,
    unreadCount: 0,
    lastSeq: 0,
    visitorReadSeq: 0,
    ...extra,
  };
}

export function chatMessage(extra: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: 'm1',
    conversationId: 'c1',
    seq: 1,
    author: 'VISITOR',
    authorName: null,
    text: 'Hello',
    internal: false,
    systemEvent: null,
    createdAt: '2025-01-01T12:00:00.000Z',
    blocks: [],
    inReplyTo: null,
    ...extra,
  };
}
