import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { TenantContext } from '../../../platform/context/tenant-context';
import { TenantDataService } from '../../../platform/database/tenant-data.service';
import { EventBus } from '../../../platform/events/event-bus';
import { DialogueState, EMPTY_STATE } from '../providers/assistant-provider';
import { AssistantTurn } from './assistant-turn.entity';
import { AssistantSearch, AssistantTurnCompletedEvent } from './assistant-turn-events';
import { TurnOutcome } from './turn-outcome';

export interface AssistantUsageSummary {
  turns: number;
  promptTokens: number;
  completionTokens: number;
  fallbacks: number;
  groundingCorrections: number;
  blocked: number;
  averageLatencyMs: number;
}

/**
 * How long a store's token count for the day is trusted before it is read again. Between reads this
 * instance counts its own turns, so the budget check costs no query on the reply path; with several
 * instances a store may overshoot its daily budget by what the others metered within this window.
 */
const TOKEN_COUNT_TTL_MS = 5_000;

interface TokenCount {
  day: string;
  readAt: number;
  tokens: Promise<number>;
}

/** Where answered turns are kept: analytics (intent, sentiment), metering (tokens) and dialogue state. */
@Injectable()
export class AssistantTurnLog {
  private readonly tokenCounts = new Map<string, TokenCount>();

  constructor(
    private readonly data: TenantDataService,
    private readonly events: EventBus,
  ) {}

  async record(ctx: TenantContext, conversationId: string, messageId: string, replyMessageId: string | null, outcome: TurnOutcome): Promise<void> {
    try {
      await this.data.repo(ctx, AssistantTurn).insert({
        conversationId,
        messageId,
        replyMessageId,
        intent: outcome.understanding.intent.slice(0, 64),
        confidence: outcome.understanding.confidence,
        entities: outcome.understanding.entities,
        sentiment: outcome.sentiment,
        provider: outcome.provider,
        fallbackReason: outcome.fallbackReason,
        guard: outcome.guard,
        promptTokens: outcome.usage.promptTokens,
        completionTokens: outcome.usage.completionTokens,
        latencyMs: outcome.latencyMs,
        groundingCorrections: outcome.groundingCorrections,
        toolCalls: outcome.toolCalls.map((c) => ({ name: c.name, ok: c.result.ok })),
        citations: outcome.citations,
        state: outcome.state,
      });
    } catch (error) {
      // A retried job answering the same message again: the first record stands.
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') return;
      throw error;
    }
    this.countTokens(ctx.tenantId, outcome.usage.promptTokens + outcome.usage.completionTokens);
    this.events.publish(ctx, completedEvent(ctx, conversationId, messageId, outcome));
  }

  /** A turn whose reply was never posted (a person took the conversation over meanwhile). */
  async replySilenced(ctx: TenantContext, messageId: string): Promise<void> {
    await this.data.repo(ctx, AssistantTurn).update({ messageId }, { replyMessageId: null });
  }

  /** The dialogue state the last turn of a conversation left. */
  async stateOf(ctx: TenantContext, conversationId: string): Promise<DialogueState> {
    // On the reply path: one plain statement, no query builder.
    const [last] = await this.data
      .repo(ctx, AssistantTurn)
      .sql<{ state: DialogueState | null }>(`SELECT state FROM assistant_turns WHERE tenant_id = $1 AND conversation_id = $2 ORDER BY created_at DESC LIMIT 1`, [conversationId]);
    return stateLeftBy(last?.state);
  }

  async forConversation(ctx: TenantContext, conversationId: string): Promise<AssistantTurn[]> {
    return this.data.repo(ctx, AssistantTurn).find({ where: { conversationId }, order: { createdAt: 'ASC' }, take: 200 });
  }

  /** Model tokens the store used since midnight UTC (see TOKEN_COUNT_TTL_MS). */
  tokensToday(ctx: TenantContext): Promise<number> {
    const day = new Date().toISOString().slice(0, 10);
    const known = this.tokenCounts.get(ctx.tenantId);
    if (known && known.day === day && Date.now() - known.readAt < TOKEN_COUNT_TTL_MS) return known.tokens;
    const count: TokenCount = { day, readAt: Date.now(), tokens: this.readTokensToday(ctx) };
    this.tokenCounts.set(ctx.tenantId, count);
    // A failed read is not remembered: the next turn asks again.
    count.tokens.catch(() => this.tokenCounts.get(ctx.tenantId) === count && this.tokenCounts.delete(ctx.tenantId));
    return count.tokens;
  }

  private countTokens(tenantId: string, used: number): void {
    const known = this.tokenCounts.get(tenantId);
    if (!known || !used) return;
    known.tokens = known.tokens.then((tokens) => tokens + used);
  }

  private async readTokensToday(ctx: TenantContext): Promise<number> {
    const [row] = await this.data.repo(ctx, AssistantTurn).sql<{ tokens: string }>(
      `SELECT coalesce(sum(prompt_tokens + completion_tokens), 0) AS tokens FROM assistant_turns WHERE tenant_id = $1 AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`,
    );
    return Number(row.tokens);
  }

  async usage(ctx: TenantContext, since: Date): Promise<AssistantUsageSummary> {
    const [row] = await this.data.repo(ctx, AssistantTurn).sql<Record<string, string | null>>(
      `SELECT count(*) AS turns, coalesce(sum(prompt_tokens), 0) AS prompt, coalesce(sum(completion_tokens), 0) AS completion,
              count(*) FILTER (WHERE fallback_reason IS NOT NULL) AS fallbacks, coalesce(sum(grounding_corrections), 0) AS corrections,
              count(*) FILTER (WHERE guard <> 'ok') AS blocked, coalesce(avg(latency_ms), 0) AS latency
         FROM assistant_turns WHERE tenant_id = $1 AND created_at >= $2`,
      [since.toISOString()],
    );
    return {
      turns: Number(row.turns),
      promptTokens: Number(row.prompt),
      completionTokens: Number(row.completion),
      fallbacks: Number(row.fallbacks),
      groundingCorrections: Number(row.corrections),
      blocked: Number(row.blocked),
      averageLatencyMs: Math.round(Number(row.latency)),
    };
  }
}

function completedEvent(ctx: TenantContext, conversationId: string, messageId: string, outcome: TurnOutcome): AssistantTurnCompletedEvent {
  const searches: AssistantSearch[] = outcome.toolCalls
    .filter((call) => call.name === 'search_products' && call.result.ok)
    .map((call) => ({ query: String(call.result.content['query'] ?? ''), resultCount: Number(call.result.content['count'] ?? 0) }));
  return new AssistantTurnCompletedEvent(
    ctx.tenantId,
    ctx.actor,
    conversationId,
    messageId,
    outcome.understanding.intent,
    outcome.understanding.confidence,
    outcome.sentiment,
    outcome.toolCalls.map((call) => call.name),
    searches,
    outcome.toolCalls.some((call) => call.name === 'add_to_cart' && call.result.ok),
  );
}

/** The dialogue state a turn leaves for the next message: a state without slots (turns recorded before they were kept) starts afresh. */
export function stateLeftBy(state: DialogueState | null | undefined): DialogueState {
  return state?.slots ? state : EMPTY_STATE;
}
