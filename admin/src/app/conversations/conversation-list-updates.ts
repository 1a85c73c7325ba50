import type {
  ChatMessage,
  ConversationEvent,
  ConversationPage,
  ConversationStatusName,
  ConversationSummary,
} from './conversation.models';

const activity = (conversation: ConversationSummary): number => Date.parse(conversation.lastMessageAt);

/**
 * The more recent of two snapshots of one conversation. Events can arrive after a fresher
 * fetch; a snapshot with older activity never overwrites a newer one. On a tie the
 * candidate wins, since status changes do not move `lastMessageAt`.
 */
export function newerSnapshot(current: ConversationSummary | null | undefined, candidate: ConversationSummary): ConversationSummary {
  if (current && activity(current) > activity(candidate)) return current;
  return candidate;
}

/** The event's conversation, with its preview and activity time covering the event's message. */
export function snapshotOf(event: ConversationEvent): ConversationSummary {
  const { conversation, message } = event;
  if (!message) return conversation;
  return withMessage(conversation, message);
}

function withMessage(conversation: ConversationSummary, message: ChatMessage): ConversationSummary {
  if (Date.parse(message.createdAt) < activity(conversation)) {
    return conversation.lastMessagePreview === null ? { ...conversation, lastMessagePreview: message.text } : conversation;
  }
  return { ...conversation, lastMessageAt: message.createdAt, lastMessagePreview: conversation.lastMessagePreview ?? message.text };
}

/**
 * The list after a live event: the conversation moves to its place by latest activity (ties
 * go on top), leaves the list when it no longer matches the filters, and appears when it
 * starts to. Typing signals and reply chunks change nothing in the list.
 */
export function applyConversationEvent(
  list: readonly ConversationSummary[],
  event: ConversationEvent,
  statusFilter: ConversationStatusName | null,
  matchesOtherFilters: (conversation: ConversationSummary) => boolean = () => true,
): ConversationSummary[] {
  // Live-only signals about the open conversation: nothing the list shows changes.
  if (event.type === 'TYPING' || event.type === 'MESSAGE_DELTA') return [...list];
  const incoming = snapshotOf(event);
  const current = list.find((conversation) => conversation.id === incoming.id);
  const next = newerSnapshot(current, incoming);
  const others = list.filter((conversation) => conversation.id !== incoming.id);
  if ((statusFilter && next.status !== statusFilter) || !matchesOtherFilters(next)) return others;

  const index = others.findIndex((conversation) => activity(conversation) <= activity(next));
  if (index === -1) return [...others, next];
  return [...others.slice(0, index), next, ...others.slice(index)];
}

/** Adds a further page below the loaded ones, skipping conversations already shown (they may have moved up live). */
export function appendPage(current: ConversationPage, next: ConversationPage): ConversationPage {
  const shown = new Set(current.items.map((conversation) => conversation.id));
  return {
    items: [...current.items, ...next.items.filter((conversation) => !shown.has(conversation.id))],
    endCursor: next.endCursor,
    hasNextPage: next.hasNextPage,
  };
}
