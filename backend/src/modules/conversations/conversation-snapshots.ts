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
    authorName: m.authorName ?? null,
    text: m.text,
    internal: m.internal ?? false,
    systemEvent: m.systemEvent ?? null,
    blocks: m.blocks ?? [],
    inReplyTo: m.inReplyTo,
    createdAt: new Date(m.createdAt).toISOString(),
  };
}

export function snapshotOfConversation(c: Conversation): ConversationSnapshot {
  return {
    id: c.id,
    visitorId: c.visitorId,
    status: c.status,
    assignedTo: c.assignedTo ?? null,
    assignedName: c.assignedName ?? null,
    snoozedUntil: c.snoozedUntil ? new Date(c.snoozedUntil).toISOString() : null,
    lastSeq: c.lastSeq,
    visitorReadSeq: c.visitorReadSeq ?? 0,
    staffReadSeq: c.staffReadSeq ?? 0,
    unreadForStaff: c.unreadForStaff ?? 0,
    unreadForVisitor: c.unreadForVisitor ?? 0,
    csatScore: c.csatScore ?? null,
    csatComment: c.csatComment ?? null,
    createdAt: new Date(c.createdAt).toISOString(),
    lastMessageAt: new Date(c.lastMessageAt).toISOString(),
    lastMessagePreview: c.lastMessagePreview,
  };
}
