import type { ChatMessage, MessageDelta } from './conversation.models';

/** A bot reply still being written: the chunks received so far, joined. */
export interface ReplyDraft {
  readonly inReplyTo: string;
  readonly text: string;
}

/** Adds a chunk to the draft answering the same visitor message, or starts one. Chunks arrive in order. */
export function appendDelta(drafts: readonly ReplyDraft[], delta: MessageDelta): ReplyDraft[] {
  const current = drafts.find((draft) => draft.inReplyTo === delta.inReplyTo);
  if (!current) return [...drafts, { inReplyTo: delta.inReplyTo, text: delta.text }];
  return drafts.map((draft) => (draft === current ? { ...draft, text: draft.text + delta.text } : draft));
}

/** The drafts whose stored reply has not arrived yet: a stored bot message replaces the draft with its `inReplyTo`. */
export function unansweredDrafts(drafts: readonly ReplyDraft[], messages: readonly ChatMessage[]): ReplyDraft[] {
  if (drafts.length === 0) return [];
  const answered = new Set(messages.filter((message) => message.author === 'BOT' && message.inReplyTo).map((message) => message.inReplyTo));
  return drafts.filter((draft) => !answered.has(draft.inReplyTo));
}
