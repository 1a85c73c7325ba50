import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../../platform/config/app-config';
import { TenantContext } from '../../../platform/context/tenant-context';
import { RateLimiterPort } from '../../../platform/rate-limit/rate-limiter.port';
import { checkGrounding, groundedReplacement, leaksPrompt } from '../grounding/grounding-check';
import { checkVisitorText, redactPersonalData } from '../guardrails/input-guard';
import { englishGloss } from '../language/english-gloss';
import { quickReplyMeaning } from '../language/phrase-books';
import { resolveReplyLanguage } from '../language/reply-language';
import { AssistantProvider, ConversationLine, DialogueState, EMPTY_STATE, NO_USAGE, ProviderReply, ProviderRequest } from '../providers/assistant-provider';
import { CircuitBreaker } from '../providers/circuit-breaker';
import { OpenAiCompatibleClient } from '../providers/openai-compatible-client';
import { OpenAiProvider } from '../providers/openai-provider';
import { ProviderError } from '../providers/provider-error';
import { templatesFor } from '../providers/reply-templates';
import { RulesProvider } from '../providers/rules-provider';
import { scoreSentiment } from '../sentiment/lexicon-sentiment';
import { AssistantSettingsService, EffectiveSettings } from '../settings/assistant-settings.service';
import { ToolInvocation } from '../tools/assistant-tool';
import { ToolCallRecord, ToolRegistry } from '../tools/tool-registry';
import { MessageInterpreter } from '../understanding/understanding';
import { AssistantTurnLog } from './assistant-turn-log';
import { couldNotHelp, handoffTrigger } from './handoff-triggers';
import { replyBlocks } from './reply-blocks';
import { ReplyAbandonedError } from './early-replies';
import { StreamingGate } from './streaming-gate';
import { GuardOutcome, TurnOutcome } from './turn-outcome';

const MAX_STORE_MODELS = 1000;
/** Tools that change something for the shopper. */
const ACTIONS = new Set(['handoff_to_human', 'cancel_order', 'add_to_cart', 'checkout_link', 'start_return']);

interface ModelSlot {
  provider: OpenAiProvider;
  breaker: CircuitBreaker;
  version: string;
}

export interface TurnInput {
  /** The context tools run with: the visitor's own, or an anonymous one for previews. */
  toolCtx: TenantContext;
  conversationId: string | null;
  /** Who the budgets count for; previews have none and are not budgeted. */
  visitorId: string | null;
  text: string;
  /** The visitor's browser language (Accept-Language), one clue to the reply language. */
  locale: string;
  storeName: string;
  history: ConversationLine[];
  state: DialogueState;
  dryRun: boolean;
  onDelta?: (delta: string) => void;
  /** Receives actions to run once the reply is posted. */
  afterReply?: Array<() => Promise<unknown>>;
  /** What tools wait for before acting (see ToolInvocation.ready). */
  ready?: Promise<void>;
  /** Calls the turn off (its reply will not be used): the model request stops and the turn fails with the reason. */
  signal?: AbortSignal;
}

/**
 * One assistant turn: guardrails → understanding → provider (model with tools, or the rules) →
 * grounding and output checks. A model failure of any kind is answered by the rules within the
 * same turn, so the visitor always gets a reply.
 */
@Injectable()
export class AssistantEngine {
  private readonly logger = new Logger('Assistant');
  private readonly rules: RulesProvider;
  /** The server-wide model, when OPENAI_BASE_URL is set. */
  private readonly platformModel: ModelSlot | null;
  /** Models of stores that bring their own endpoint, rebuilt when their settings change. */
  private readonly storeModels = new Map<string, ModelSlot>();

  constructor(
    private readonly interpreter: MessageInterpreter,
    private readonly tools: ToolRegistry,
    private readonly config: AppConfig,
    private readonly limiter: RateLimiterPort,
    private readonly settings: AssistantSettingsService,
    private readonly turns: AssistantTurnLog,
  ) {
    this.rules = new RulesProvider(tools);
    this.platformModel = config.OPENAI_BASE_URL
      ? this.slot({ baseUrl: config.OPENAI_BASE_URL, apiKey: config.OPENAI_API_KEY, model: config.OPENAI_MODEL }, 'platform')
      : null;
  }

  /** Sends one short request to the model the store would use now. */
  async testConnection(ctx: TenantContext): Promise<{ ok: boolean; provider: string; latencyMs: number; message: string }> {
    const model = this.modelFor(ctx.tenantId, await this.settings.effective(ctx));
    if (!model) return { ok: true, provider: 'rules', latencyMs: 0, message: 'No model is configured: the built-in rules answer.' };
    const started = performance.now();
    try {
      await model.provider.ping();
      model.breaker.recordSuccess();
      const latencyMs = Math.round(performance.now() - started);
      return { ok: true, provider: 'openai', latencyMs, message: `The model answered in ${latencyMs} ms.` };
    } catch (error) {
      return { ok: false, provider: 'openai', latencyMs: Math.round(performance.now() - started), message: (error as Error).message };
    }
  }

  private modelFor(tenantId: string, settings: EffectiveSettings): ModelSlot | null {
    if (settings.provider === 'rules') return null;
    if (settings.provider !== 'openai') return this.platformModel;
    // A store that chose its own endpoint but left it incomplete gets the rules, never the platform's model.
    if (!settings.endpoint) return null;
    const cached = this.storeModels.get(tenantId);
    if (cached?.version === settings.version) return cached;
    if (this.storeModels.size >= MAX_STORE_MODELS) this.storeModels.clear();
    const slot = this.slot(settings.endpoint, settings.version);
    this.storeModels.set(tenantId, slot);
    return slot;
  }

  private slot(endpoint: { baseUrl: string; apiKey: string | undefined; model: string }, version: string): ModelSlot {
    const client = new OpenAiCompatibleClient({
      ...endpoint,
      firstTokenTimeoutMs: this.config.OPENAI_FIRST_TOKEN_TIMEOUT_MS,
      stepTimeoutMs: this.config.OPENAI_STEP_TIMEOUT_MS,
    });
    return {
      provider: new OpenAiProvider(client, this.tools, this.config.OPENAI_MAX_STEPS),
      breaker: new CircuitBreaker(this.config.OPENAI_BREAKER_FAILURES, this.config.OPENAI_BREAKER_COOLDOWN_MS),
      version,
    };
  }

  async run(input: TurnInput): Promise<TurnOutcome> {
    const started = performance.now();
    const settings = await this.settings.effective(input.toolCtx);
    const state = input.state ?? EMPTY_STATE;
    const language = resolveReplyLanguage({ text: input.text, previous: state.language, requestLocale: input.locale, enabled: settings.languages });
    const t = templatesFor(language);
    // The intent model reads English: a quick reply tapped in another language is read as its English twin.
    const meaning = quickReplyMeaning(input.text) ?? input.text;
    // ...and a message in another language through its English gloss; the text itself goes on as written.
    const glossed = englishGloss(input.text, language);
    const understanding = await this.interpreter.interpret(meaning === input.text ? glossed : meaning, input.locale);
    const sentiment = scoreSentiment(glossed);
    const base = { understanding, sentiment, citations: [] as string[], groundingCorrections: 0, firstTokenMs: null as number | null };
    const answer = (reply: string, guard: GuardOutcome, toolCalls: ToolCallRecord[] = [], next: DialogueState = state): TurnOutcome => ({
      ...base,
      reply,
      blocks: [],
      toolCalls,
      provider: 'rules',
      fallbackReason: null,
      guard,
      usage: NO_USAGE,
      latencyMs: Math.round(performance.now() - started),
      state: { ...next, language },
    });

    const verdict = checkVisitorText(input.text);
    if (verdict === 'too_long') return answer(t.tooLong, verdict);
    if (verdict === 'abuse') return answer(t.abuse, verdict);
    // An injection attempt gets a fixed answer: no tool runs and no prompt is built from it.
    if (verdict === 'injection') {
      this.logger.warn(`Prompt injection attempt: ${redactPersonalData(input.text).slice(0, 200)}`);
      return answer(t.injection, verdict);
    }
    const invocation: ToolInvocation = { ctx: input.toolCtx, conversationId: input.conversationId, dryRun: input.dryRun, afterReply: input.afterReply ?? [], ready: input.ready };
    // The store's handoff rules come before any budget: asking for a person costs no model call.
    const trigger = handoffTrigger(input.text, sentiment, settings);
    if (trigger) {
      const handoff = await this.tools.run(invocation, 'handoff_to_human', { reason: trigger });
      return answer(trigger === 'negative_sentiment' ? `${t.apology} ${t.handoff}` : t.handoff, 'ok', [handoff], { pendingIntent: null, slots: {}, unresolvedTurns: 0 });
    }
    if (!input.dryRun && input.visitorId && !(await this.withinBudget(input.toolCtx.tenantId, input.visitorId, settings))) return answer(t.budget, 'budget');

    let model = this.modelFor(input.toolCtx.tenantId, settings);
    let budgetExceeded = false;
    // Over its token budget a store still gets answers, from the rules, which cost nothing.
    if (model && !input.dryRun && (await this.turns.tokensToday(input.toolCtx)) >= (settings.dailyTokenBudget ?? this.config.ASSISTANT_TENANT_TOKENS_PER_DAY)) {
      model = null;
      budgetExceeded = true;
    }
    const request: ProviderRequest = {
      text: meaning,
      locale: input.locale,
      language,
      storeName: input.storeName,
      voice: { persona: settings.persona, tone: settings.tone, greeting: settings.greeting, offTopicReply: settings.offTopicReply },
      understanding,
      history: input.history,
      state,
      invocation,
      signal: input.signal,
      onDelta: (delta) => {
        if (base.firstTokenMs === null) base.firstTokenMs = Math.round(performance.now() - started);
        gate?.push(delta);
      },
    };
    let provider: AssistantProvider = this.rules;
    let fallbackReason: string | null = budgetExceeded ? 'token_budget' : null;
    let reply: ProviderReply | null = null;
    const earlierCalls: ToolCallRecord[] = [];
    // Streamed words are checked like the finished reply: figures against this turn's tool results, and no prompt leaks.
    const systemPrompt = model ? model.provider.systemPromptOf(request) : '';
    const onDelta = input.onDelta;
    const gate = onDelta
      ? new StreamingGate((sentence) => checkGrounding(sentence, earlierCalls, input.text).grounded && !leaksPrompt(sentence, systemPrompt), onDelta)
      : null;
    if (model) {
      if (model.breaker.tryAcquire()) {
        try {
          reply = await model.provider.reply(request, earlierCalls);
          if (!reply.text) throw new ProviderError('garbled', 'The model gave no text');
          model.breaker.recordSuccess();
          provider = model.provider;
        } catch (error) {
          // Not the model's doing: the turn is off altogether.
          if (error instanceof ReplyAbandonedError || input.signal?.aborted) throw error;
          model.breaker.recordFailure();
          fallbackReason = error instanceof ProviderError ? error.failure : 'error';
          this.logger.warn(`Model failed (${fallbackReason}), answering with rules: ${(error as Error).message}`);
          reply = null;
        }
      } else {
        fallbackReason = 'circuit_open';
      }
    }
    // Actions the model already took stand; the rules must not repeat them (a second cancel would be refused).
    const acted = earlierCalls.filter((c) => ACTIONS.has(c.name) && c.result.ok);
    if (!reply && acted.length) reply = { text: t.actionsDone(acted.map((c) => c.name)), toolCalls: [], usage: NO_USAGE, state: EMPTY_STATE };
    if (!reply) reply = await this.rules.reply(request);
    const toolCalls = provider === this.rules ? [...earlierCalls, ...reply.toolCalls] : reply.toolCalls;

    let text = reply.text;
    let guard: GuardOutcome = 'ok';
    if (model && provider === model.provider && leaksPrompt(text, model.provider.systemPromptOf(request))) {
      text = t.injection;
      guard = 'leak';
    }
    const grounding = checkGrounding(text, toolCalls, input.text);
    if (!grounding.grounded) {
      this.logger.warn(`Ungrounded reply replaced (${grounding.unsupported.join(', ')})`);
      text = groundedReplacement(toolCalls, t);
      base.groundingCorrections = grounding.unsupported.length;
    }
    const citations = [...new Set(toolCalls.flatMap((c) => c.result.citations))];
    // A model answer built on a document names it, so the shopper can check the source.
    if (provider !== this.rules && citations.length && !citations.some((title) => text.includes(title))) text = `${text}\n\n${t.source(citations[0])}`;
    const unresolved = await this.countUnresolved(understanding, toolCalls, reply.state, state, settings, invocation);
    if (unresolved.handedOver) text = `${text}\n\n${t.handoff}`;
    return {
      ...base,
      reply: text,
      blocks: replyBlocks(toolCalls, understanding.intent, t),
      citations,
      toolCalls: unresolved.handedOver ? [...toolCalls, unresolved.handedOver] : toolCalls,
      provider: provider.name,
      fallbackReason,
      guard,
      usage: reply.usage,
      latencyMs: Math.round(performance.now() - started),
      state: { ...reply.state, language, unresolvedTurns: unresolved.count },
    };
  }

  /**
   * Counts consecutive turns the assistant could not help with; at the store's limit the
   * conversation is handed to a person (and the count starts again).
   */
  private async countUnresolved(
    understanding: TurnOutcome['understanding'],
    toolCalls: ToolCallRecord[],
    next: DialogueState,
    previous: DialogueState,
    settings: EffectiveSettings,
    invocation: ToolInvocation,
  ): Promise<{ count: number; handedOver: ToolCallRecord | null }> {
    if (toolCalls.some((c) => c.name === 'handoff_to_human')) return { count: 0, handedOver: null };
    const count = couldNotHelp(understanding, toolCalls, next.pendingIntent) ? (previous.unresolvedTurns ?? 0) + 1 : 0;
    if (!settings.handoffAfterUnresolvedTurns || count < settings.handoffAfterUnresolvedTurns) return { count, handedOver: null };
    return { count: 0, handedOver: await this.tools.run(invocation, 'handoff_to_human', { reason: 'unresolved_turns' }) };
  }

  /**
   * The store's daily limits (per UTC day, so the key names the day), or the platform's defaults
   * where it set none: visitor messages per hour and store messages per day.
   */
  private async withinBudget(tenantId: string, visitorId: string, settings: EffectiveSettings): Promise<boolean> {
    const day = new Date().toISOString().slice(0, 10);
    const visitor =
      settings.visitorMessagesPerDay === null
        ? await this.limiter.hit(`assistant:visitor:${tenantId}:${visitorId}`, this.config.ASSISTANT_VISITOR_MESSAGES_PER_HOUR, 3600)
        : await this.limiter.hit(`assistant:visitor:${tenantId}:${visitorId}:${day}`, settings.visitorMessagesPerDay, 86400);
    if (!visitor.allowed) return false;
    const tenant = await this.limiter.hit(`assistant:tenant:${tenantId}:${day}`, settings.tenantMessagesPerDay ?? this.config.ASSISTANT_TENANT_MESSAGES_PER_DAY, 86400);
    return tenant.allowed;
  }
}
