import { ToolRegistry, ToolCallRecord } from '../tools/tool-registry';
import { AssistantProvider, ProviderReply, ProviderRequest, TokenUsage } from './assistant-provider';
import { ChatMessage } from './chat-completion.types';
import { OpenAiCompatibleClient } from './openai-compatible-client';
import { buildPrompt } from './prompt-builder';
import { ProviderError } from './provider-error';

/**
 * Answers with an OpenAI-compatible model: streamed text, and a tool-calling loop bounded by
 * `maxSteps` model calls. Any failure surfaces as a ProviderError for the turn to fall back on.
 * The tool calls made before a failure stay in the error so the turn can still record them.
 */
export class OpenAiProvider implements AssistantProvider {
  readonly name = 'openai' as const;

  constructor(
    private readonly client: OpenAiCompatibleClient,
    private readonly tools: ToolRegistry,
    private readonly maxSteps: number,
  ) {}

  /** One tiny request to check the endpoint answers (the admin's "test connection"). */
  async ping(): Promise<void> {
    await this.client.complete([{ role: 'system', content: 'Reply with the single word OK.' }, { role: 'user', content: 'ping' }], undefined);
  }

  /** The exact system prompt of a request (the output guard checks replies never repeat it). */
  systemPromptOf(request: ProviderRequest): string {
    return buildPrompt(request).system;
  }

  async reply(request: ProviderRequest, made: ToolCallRecord[] = []): Promise<ProviderReply> {
    const { messages } = buildPrompt(request);
    const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
    const definitions = this.tools.definitions();
    for (let step = 0; step < this.maxSteps; step++) {
      const lastStep = step === this.maxSteps - 1;
      const completion = await this.client.complete(messages, lastStep ? undefined : definitions, request.onDelta, request.signal);
      usage.promptTokens += completion.usage?.promptTokens ?? 0;
      usage.completionTokens += completion.usage?.completionTokens ?? 0;
      if (!completion.toolCalls.length) {
        return { text: completion.content.trim(), toolCalls: made, usage, state: request.state };
      }
      const assistantTurn: ChatMessage = { role: 'assistant', content: completion.content || null, tool_calls: completion.toolCalls };
      messages.push(assistantTurn);
      for (const call of completion.toolCalls) {
        let args: Record<string, unknown>;
        try {
          const parsed: unknown = call.function.arguments ? JSON.parse(call.function.arguments) : {};
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
          args = parsed as Record<string, unknown>;
        } catch {
          throw new ProviderError('garbled', `The model sent unreadable arguments for ${call.function.name}`);
        }
        const record = await this.tools.run(request.invocation, call.function.name, args);
        made.push(record);
        messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(record.result.content) });
      }
    }
    throw new ProviderError('step_limit', `The model kept calling tools after ${this.maxSteps} steps`);
  }
}
