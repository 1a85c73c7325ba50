import { MessageAuthor } from '@shopdesk/shared';
import type { ConversationSnapshot } from '../../conversations/conversation-events';
import { ConversationLine, DialogueState } from '../providers/assistant-provider';

/** What the next reply in a conversation starts from, as this process last saw the conversation. */
export interface ConversationMemory {
  conversation: ConversationSnapshot;
  /** Every message up to this sequence number is accounted for. */
  lastSeq: number;
  /** The visitor's and the assistant's words, oldest first. */
  lines: ConversationLine[];
  /** The dialogue state the last turn left. */
  state: DialogueState;
}

/** What a stored message contributes. */
export interface HeardMessage {
  seq: number;
  author: MessageAuthor;
  internal: boolean;
  text: string;
}

/**
 * Conversations as this process saw them, so the answer to the next message can start without
 * reading them back. Only for a process that sees every message of its conversations (no shared
 * queue): a memory grows message by message in sequence, and a missed message forgets it. The
 * least recently used are forgotten beyond `capacity`; each keeps its last `lineLimit` lines.
 */
export class ReplyMemories {
  private readonly memories = new Map<string, ConversationMemory>();

  constructor(
    private readonly capacity: number,
    private readonly lineLimit: number,
  ) {}

  /** A copy of what is remembered of a conversation, if anything. */
  recall(conversationId: string): ConversationMemory | undefined {
    const memory = this.memories.get(conversationId);
    if (!memory) return undefined;
    this.memories.delete(conversationId);
    this.memories.set(conversationId, memory);
    return { ...memory, lines: [...memory.lines] };
  }

  remember(conversationId: string, memory: ConversationMemory): void {
    this.memories.delete(conversationId);
    if (this.memories.size >= this.capacity) this.memories.delete(this.memories.keys().next().value!);
    this.memories.set(conversationId, { ...memory, lines: memory.lines.slice(-this.lineLimit) });
  }

  /** A message was stored: the memory takes it in if it is the next one, and is forgotten if one was missed. */
  heard(conversation: ConversationSnapshot, message: HeardMessage): void {
    const memory = this.memories.get(conversation.id);
    if (!memory || message.seq <= memory.lastSeq) return;
    if (message.seq !== memory.lastSeq + 1) {
      this.memories.delete(conversation.id);
      return;
    }
    memory.lastSeq = message.seq;
    memory.conversation = conversation;
    const line = lineOf(message);
    if (line) memory.lines = [...memory.lines, line].slice(-this.lineLimit);
  }

  statusChanged(conversation: ConversationSnapshot): void {
    const memory = this.memories.get(conversation.id);
    if (memory) memory.conversation = conversation;
  }

  turnRecorded(conversationId: string, state: DialogueState): void {
    const memory = this.memories.get(conversationId);
    if (memory) memory.state = state;
  }
}

/** A message as the assistant remembers it: the visitor's and its own words, never notes or notices. */
export function lineOf(message: { author: MessageAuthor; internal: boolean; text: string }): ConversationLine | null {
  if (message.internal) return null;
  if (message.author === MessageAuthor.VISITOR) return { role: 'visitor', text: message.text };
  if (message.author === MessageAuthor.BOT) return { role: 'assistant', text: message.text };
  return null;
}
