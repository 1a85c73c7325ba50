/** Messages and results of the OpenAI-compatible chat completions API (the subset used). */
export interface ChatToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export type ChatMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: ChatToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

export interface ChatCompletion {
  content: string;
  toolCalls: ChatToolCall[];
  finishReason: string | null;
  usage: { promptTokens: number; completionTokens: number } | null;
}

export interface ChatClientOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  firstTokenTimeoutMs: number;
  stepTimeoutMs: number;
}
