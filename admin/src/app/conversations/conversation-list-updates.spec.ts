import type { ChatMessage, ConversationEvent, ConversationPage, ConversationSummary } from './conversation.models';
import { appendPage, applyConversationEvent, newerSnapshot } from './conversation-list-updates';

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 12, minute)).toISOString();

const conversation = (id: string, minute: number, extra: Partial<ConversationSummary> = {}): ConversationSummary => ({
  id,
  status: 'BOT',
  visitor: { id: `v-${id}`, displayName: `Visitor ${id}` },
  createdAt: at(0),
  lastMessageAt: at(minute),
  lastMessagePreview: `last words of ${id}`,
  assignee: null,
  unreadCount: 0,
  lastSeq: 0,
  visitorReadSeq: 0,
  ...extra,
});

const message = (conversationId: string, minute: number, text: string): ChatMessage => ({
  id: `${conversationId}-${minute}`,
  conversationId,
  seq: minute,
  author: 'VISITOR',
  authorName: null,
  text,
  internal: false,
  systemEvent: null,
  createdAt: at(minute),
  blocks: [],
  inReplyTo: null,
});

const event = (type: ConversationEvent['type'], c: ConversationSummary, m: ChatMessage | null = null): ConversationEvent => ({
  type,
  conversation: c,
  message: m,
  typing: null,
});

// Newest activity first, as the server returns it.
const list = [conversation('a', 30), conversation('b', 20), conversation('c', 10)];
const ids = (items: readonly ConversationSummary[]) => items.map((item) => item.id);

describe('applyConversationEvent', () => {
  it('puts a new conversation at the top', () => {
    const next = applyConversationEvent(list, event('CONVERSATION_CREATED', conversation('d', 40)), null);
    expect(ids(next)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('moves a conversation with a new message to the top with its new preview', () => {
    const updated = conversation('c', 45, { lastMessagePreview: 'Do you ship to Norway?' });
    const next = applyConversationEvent(list, event('MESSAGE_CREATED', updated, message('c', 45, 'Do you ship to Norway?')), null);
    expect(ids(next)).toEqual(['c', 'a', 'b']);
    expect(next[0].lastMessagePreview).toBe('Do you ship to Norway?');
    expect(next).toHaveLength(3);
  });

  it('takes the preview from the message when the event carries none', () => {
    const stale = conversation('b', 20, { lastMessagePreview: null });
    const next = applyConversationEvent(list, event('MESSAGE_CREATED', stale, message('b', 50, 'Where is my order?')), null);
    expect(ids(next)).toEqual(['b', 'a', 'c']);
    expect(next[0].lastMessagePreview).toBe('Where is my order?');
    expect(next[0].lastMessageAt).toBe(at(50));
  });

  it('updates a status change in place', () => {
    const next = applyConversationEvent(list, event('CONVERSATION_UPDATED', conversation('b', 20, { status: 'ASSIGNED' })), null);
    expect(ids(next)).toEqual(['a', 'b', 'c']);
    expect(next[1].status).toBe('ASSIGNED');
  });

  it('ignores an event older than what is already shown', () => {
    const fresh = [conversation('a', 30, { lastMessagePreview: 'newest text' }), ...list.slice(1)];
    const next = applyConversationEvent(fresh, event('MESSAGE_CREATED', conversation('a', 25, { lastMessagePreview: 'older text' })), null);
    expect(next[0].lastMessagePreview).toBe('newest text');
  });

  it('drops a conversation that no longer matches the status filter and adds one that now does', () => {
    const waiting = [conversation('a', 30, { status: 'WAITING_FOR_HUMAN' }), conversation('b', 20, { status: 'WAITING_FOR_HUMAN' })];
    const assigned = applyConversationEvent(waiting, event('CONVERSATION_UPDATED', conversation('a', 30, { status: 'ASSIGNED' })), 'WAITING_FOR_HUMAN');
    expect(ids(assigned)).toEqual(['b']);

    const handedOver = applyConversationEvent(assigned, event('CONVERSATION_UPDATED', conversation('z', 5, { status: 'WAITING_FOR_HUMAN' })), 'WAITING_FOR_HUMAN');
    expect(ids(handedOver)).toEqual(['b', 'z']);
  });

  it('does not add a new conversation that the status filter hides', () => {
    const next = applyConversationEvent(list, event('CONVERSATION_CREATED', conversation('d', 40)), 'RESOLVED');
    expect(ids(next)).toEqual(['a', 'b', 'c']);
  });
});

describe('applyConversationEvent with live-only events and the assignee filter', () => {
  it('leaves the list as it is for a typing signal', () => {
    const typing = { ...event('TYPING', conversation('c', 10)), typing: { author: 'VISITOR' as const, name: null, active: true } };
    expect(ids(applyConversationEvent(list, typing, null))).toEqual(['a', 'b', 'c']);
  });

  it('leaves the list as it is while a bot reply is being written', () => {
    const chunk = { ...event('MESSAGE_DELTA', conversation('c', 10)), delta: { inReplyTo: 'c-9', text: 'We ship' } };
    expect(applyConversationEvent(list, chunk, null)).toEqual(list);
  });

  it('updates the unread count in place when the team has read a conversation', () => {
    const unread = [conversation('a', 30, { unreadCount: 3 }), ...list.slice(1)];
    const next = applyConversationEvent(unread, event('READ', conversation('a', 30, { unreadCount: 0 })), null);
    expect(next[0].unreadCount).toBe(0);
  });

  it('drops a conversation from "unassigned" once someone takes it over', () => {
    const unassigned = (c: ConversationSummary) => c.assignee === null;
    const taken = conversation('b', 21, { status: 'ASSIGNED', assignee: { id: 'u1', name: 'Alice' } });
    expect(ids(applyConversationEvent(list, event('MESSAGE_CREATED', taken), null, unassigned))).toEqual(['a', 'c']);
  });
});

describe('newerSnapshot', () => {
  it('keeps the snapshot with the latest activity', () => {
    expect(newerSnapshot(conversation('a', 30), conversation('a', 20)).lastMessageAt).toBe(at(30));
    expect(newerSnapshot(conversation('a', 30), conversation('a', 31)).lastMessageAt).toBe(at(31));
    expect(newerSnapshot(null, conversation('a', 1)).lastMessageAt).toBe(at(1));
  });
});

describe('appendPage', () => {
  it('adds the next page below and skips conversations that already moved into view', () => {
    const first: ConversationPage = { items: [conversation('z', 50), ...list], endCursor: 'c3', hasNextPage: true };
    const second: ConversationPage = { items: [conversation('z', 5), conversation('e', 4)], endCursor: 'c5', hasNextPage: false };
    const merged = appendPage(first, second);
    expect(ids(merged.items)).toEqual(['z', 'a', 'b', 'c', 'e']);
    expect(merged.endCursor).toBe('c5');
    expect(merged.hasNextPage).toBe(false);
  });
});
