import { ConversationSnapshot, MessageSnapshot } from './conversation-events';
import { Conversation } from './conversation.entity';
import { Message } from './message.entity';

export function snapshotOfMessage(m: Message): MessageSnapshot {
  return {
    id: m.id,
    conversationId: m.conversationId,
    seq: m.seq,
    author: m.author,
    authorId: m.authorId,
    text: m.text,
    inReplyTo: m.inReplyTo,
    createdAt: m.createdAt.toISOString(),
  };
}

export function snapshotOfConversation(c: Conversation): ConversationSnapshot {
  return {
    id: c.id,
    visitorId: c.visitorId,
    status: c.status,
    createdAt: new Date(c.createdAt).toISOString(),
    lastMessageAt: new Date(c.lastMessageAt).toISOString(),
    lastMessagePreview: c.lastMessagePreview,
  };
}
