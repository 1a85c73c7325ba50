import type { ChatMessage } from './chat-types';

export interface MergeResult {
  /** Every known message once, ascending by seq. */
  messages: ChatMessage[];
  /** The incoming messages that were not known before, ascending by seq. */
  added: ChatMessage[];
}

function bySeq(a: ChatMessage, b: ChatMessage): number {
  return a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Merges messages from events, sends and refetches, which overlap and arrive in any order.
 * A message seen again replaces the earlier copy (the server's latest word wins).
 */
export function mergeMessages(existing: readonly ChatMessage[], incoming: readonly ChatMessage[]): MergeResult {
  const byId = new Map<string, ChatMessage>();
  for (const message of existing) byId.set(message.id, message);
  const added = new Map<string, ChatMessage>();
  for (const message of incoming) {
    if (!byId.has(message.id) || added.has(message.id)) added.set(message.id, message);
    byId.set(message.id, message);
  }
  return {
    messages: [...byId.values()].sort(bySeq),
    added: [...added.values()].sort(bySeq),
  };
}

/** The highest seq of the run that starts right after `from` with no hole in it. */
export function contiguousSeq(messages: readonly ChatMessage[], from: number): number {
  let seq = from;
  for (const message of messages) {
    if (message.seq === seq + 1) seq = message.seq;
    else if (message.seq > seq + 1) break;
  }
  return seq;
}
