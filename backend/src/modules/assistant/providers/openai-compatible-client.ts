import OpenAI from 'openai';
import { ToolDefinition } from '../tools/tool-registry';
import { ChatClientOptions, ChatCompletion, ChatMessage, ChatToolCall } from './chat-completion.types';
import { ProviderError } from './provider-error';

/**
 * Streaming chat completions from any OpenAI-compatible endpoint through the `openai` client. It
 * adds what the client leaves to callers: a first-token deadline next to the whole-step one, and
 * failures told apart (HTTP status, timeout, unreachable, unparsable or cut stream) so the turn can
 * fall back and the circuit breaker can count them. Retries are off: the fallback answers at once.
 */
export class OpenAiCompatibleClient {
  private readonly client: OpenAI;

  constructor(private readonly options: ChatClientOptions) {
    this.client = new OpenAI({
      baseURL: options.baseUrl,
      // Self-hosted OpenAI-compatible servers often need no key; the client insists on one.
      apiKey: options.apiKey || 'unused',
      maxRetries: 0,
      timeout: options.stepTimeoutMs,
      logLevel: 'off',
    });
  }

  /** `signal`: the caller calling the request off; it then fails with the signal's reason. */
  async complete(messages: ChatMessage[], tools: ToolDefinition[] | undefined, onDelta?: (delta: string) => void, signal?: AbortSignal): Promise<ChatCompletion> {
    signal?.throwIfAborted();
    const controller = new AbortController();
    const callOff = () => controller.abort();
    signal?.addEventListener('abort', callOff, { once: true });
    let timedOut: 'first token' | 'step' | null = null;
    const abort = (why: 'first token' | 'step') => {
      timedOut = why;
      controller.abort();
    };
    let firstTokenTimer: NodeJS.Timeout | null = setTimeout(() => abort('first token'), this.options.firstTokenTimeoutMs);
    const stepTimer = setTimeout(() => abort('step'), this.options.stepTimeoutMs);
    const gotFirstToken = () => {
      if (firstTokenTimer) clearTimeout(firstTokenTimer);
      firstTokenTimer = null;
    };
    const calls = new Map<number, ChatToolCall>();
    let content = '';
    let finishReason: string | null = null;
    let usage: ChatCompletion['usage'] = null;
    try {
      const stream = await this.client.chat.completions.create(
        {
          model: this.options.model,
          messages: messages as OpenAI.Chat.ChatCompletionMessageParam[],
          ...(tools?.length ? { tools: tools.map(toClientTool), tool_choice: 'auto' as const } : {}),
          stream: true,
          stream_options: { include_usage: true },
          temperature: 0.2,
        },
        { signal: controller.signal },
      );
      for await (const chunk of stream) {
        if (typeof chunk !== 'object' || chunk === null) throw new ProviderError('garbled', 'The model stream held an unexpected chunk');
        if (chunk.usage) usage = { promptTokens: chunk.usage.prompt_tokens ?? 0, completionTokens: chunk.usage.completion_tokens ?? 0 };
        for (const choice of chunk.choices ?? []) {
          const delta = choice.delta;
          if (delta?.content) {
            gotFirstToken();
            content += delta.content;
            onDelta?.(delta.content);
          }
          for (const part of delta?.tool_calls ?? []) {
            gotFirstToken();
            const call = calls.get(part.index) ?? { id: part.id ?? `call_${part.index}`, type: 'function' as const, function: { name: '', arguments: '' } };
            if (part.id) call.id = part.id;
            if (part.function?.name) call.function.name += part.function.name;
            if (part.function?.arguments) call.function.arguments += part.function.arguments;
            calls.set(part.index, call);
          }
          if (choice.finish_reason) finishReason = choice.finish_reason;
        }
      }
    } catch (error) {
      signal?.throwIfAborted();
      throw this.classify(error, timedOut);
    } finally {
      if (firstTokenTimer) clearTimeout(firstTokenTimer);
      clearTimeout(stepTimer);
      signal?.removeEventListener('abort', callOff);
    }
    // An aborted stream ends quietly in the client: called off, or a deadline that fired (a timeout, not a cut).
    signal?.throwIfAborted();
    if (timedOut) throw new ProviderError('timeout', `No ${timedOut} from the model in time`);
    if (!finishReason) throw new ProviderError('incomplete', 'The model stream ended before the answer was complete');
    const toolCalls = [...calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call);
    if (!content.trim() && !toolCalls.length) throw new ProviderError('garbled', 'The model sent an empty answer');
    return { content, toolCalls, finishReason, usage };
  }

  private classify(error: unknown, timedOut: 'first token' | 'step' | null): ProviderError {
    if (error instanceof ProviderError) return error;
    if (timedOut || error instanceof OpenAI.APIConnectionTimeoutError) return new ProviderError('timeout', `No ${timedOut ?? 'answer'} from the model in time`);
    if (error instanceof OpenAI.APIError && typeof error.status === 'number') {
      return new ProviderError('http', `The model endpoint answered ${error.status}: ${error.message.slice(0, 200)}`, error.status);
    }
    if (error instanceof OpenAI.APIConnectionError) return new ProviderError('network', `The model endpoint could not be reached: ${error.message}`);
    if (error instanceof SyntaxError) return new ProviderError('garbled', 'The model stream held data that is not JSON');
    return new ProviderError('garbled', `The model answer could not be read: ${(error as Error).message}`);
  }
}

function toClientTool(tool: ToolDefinition): OpenAI.Chat.ChatCompletionFunctionTool {
  return { type: 'function', function: { name: tool.function.name, description: tool.function.description, parameters: { ...tool.function.parameters } } };
}
