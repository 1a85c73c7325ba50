import { MessageBlock } from '../../conversations/message-blocks';
import { DialogueState, TokenUsage } from '../providers/assistant-provider';
import { ToolCallRecord } from '../tools/tool-registry';
import { Understanding } from '../understanding/understanding';

export type GuardOutcome = 'ok' | 'too_long' | 'abuse' | 'injection' | 'budget' | 'leak';

/** Everything one turn produced, for posting, recording and the preview. */
export interface TurnOutcome {
  reply: string;
  /** Cards under the reply, from tool results only. */
  blocks: MessageBlock[];
  understanding: Understanding;
  sentiment: number;
  toolCalls: ToolCallRecord[];
  provider: 'rules' | 'openai';
  fallbackReason: string | null;
  guard: GuardOutcome;
  usage: TokenUsage;
  latencyMs: number;
  /** Time to the first streamed text, when a model streamed. */
  firstTokenMs: number | null;
  groundingCorrections: number;
  citations: string[];
  state: DialogueState;
}
