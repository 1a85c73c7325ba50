import type { ChatMessage } from './conversation.models';

/**
 * Adds `incoming` to `current`: one entry per id (the latest copy wins), ordered by seq.
 * Live events, catch-up fetches and the initial load may overlap, so this is the only
 * way messages enter a transcript.
 */
export function mergeMessages(current: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) return [...current];
  const byId = new Map<string, ChatMessage>();
  for (const message of current) byId.set(message.id, message);
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest seq seen, 0 for an empty transcript: the `afterSeq` of a catch-up fetch. */
export function lastSeq(messages: readonly ChatMessage[]): number {
  return messages.reduce((max, message) => Math.max(max, message.seq), 0);
}
