import { ReplyLanguage } from '../settings/reply-languages';
import { ToolInvocation } from '../tools/assistant-tool';
import { ToolCallRecord } from '../tools/tool-registry';
import { Understanding } from '../understanding/understanding';

/** One earlier message of the conversation, oldest first. */
export interface ConversationLine {
  role: 'visitor' | 'assistant';
  text: string;
}

/**
 * What the assistant carries across turns: slot filling (e.g. an order number and an email), the
 * language the conversation is answered in, and how many turns in a row it could not help.
 */
export interface DialogueState {
  pendingIntent: string | null;
  slots: Record<string, string>;
  language?: ReplyLanguage;
  unresolvedTurns?: number;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** How the store wants its assistant to speak (its settings; empty strings mean the defaults). */
export interface StoreVoice {
  persona: string;
  tone: string;
  greeting: string;
  offTopicReply: string;
}

export const DEFAULT_VOICE: StoreVoice = { persona: '', tone: 'friendly', greeting: '', offTopicReply: '' };

export interface ProviderRequest {
  text: string;
  locale: string;
  /** The language to reply in, resolved for this turn. */
  language: ReplyLanguage;
  storeName: string;
  voice: StoreVoice;
  understanding: Understanding;
  history: ConversationLine[];
  state: DialogueState;
  invocation: ToolInvocation;
  /** Receives reply text as it is produced (streaming providers). */
  onDelta?: (delta: string) => void;
  /** Calls the turn off: a model request under way is cut short and fails with the signal's reason. */
  signal?: AbortSignal;
}

export interface ProviderReply {
  text: string;
  toolCalls: ToolCallRecord[];
  usage: TokenUsage;
  state: DialogueState;
}

/** A way of producing the reply of one turn: the built-in rules or a language model. */
export interface AssistantProvider {
  readonly name: 'rules' | 'openai';
  reply(request: ProviderRequest): Promise<ProviderReply>;
}

export const NO_USAGE: TokenUsage = { promptTokens: 0, completionTokens: 0 };
export const EMPTY_STATE: DialogueState = { pendingIntent: null, slots: {} };
