import { Injectable } from '@nestjs/common';
import { ConversationStatus, MessageAuthor } from '@shopdesk/shared';
import { TenantContext } from '../../../platform/context/tenant-context';
import { ScopedRepository } from '../../../platform/database/scoped-repository';
import { TenantDataService } from '../../../platform/database/tenant-data.service';
import { ConversationSnapshot, MessageSnapshot } from '../../conversations/conversation-events';
import { CHAT_ATTRIBUTION_DAYS, RETURN_WINDOW_HOURS } from '../analytics-definitions';
import { ConversationFact } from '../entities/conversation-fact.entity';
import { DailyRollup } from '../entities/daily-rollup.entity';
import { IntentRollup } from '../entities/intent-rollup.entity';
import { OrderFact } from '../entities/order-fact.entity';
import { ProductRollup } from '../entities/product-rollup.entity';
import { SearchRollup } from '../entities/search-rollup.entity';
import { localDay, monthStart } from '../local-day';
import { CartUpdatedFacts, IntentDetectedFacts, OrderPlacedFacts, SearchPerformedFacts } from './analytics-inputs';
import { TenantTimeZones } from './tenant-time-zones';

/** Daily figures that grow by one event at a time (the others are recomputed from conversation facts). */
type DailyCounter =
  | 'messages_visitor'
  | 'messages_bot'
  | 'messages_agent'
  | 'searches'
  | 'search_misses'
  | 'orders'
  | 'revenue_minor'
  | 'chat_orders'
  | 'chat_revenue_minor';

interface MessageTimes {
  visitorAt?: Date;
  botAt?: Date;
  agentAt?: Date;
}

const HANDOFF_STATUSES: ReadonlySet<ConversationStatus> = new Set([ConversationStatus.WAITING_FOR_HUMAN, ConversationStatus.ASSIGNED]);
const MAX_TERM_LENGTH = 100;
const MAX_INTENT_LENGTH = 64;

/**
 * Turns what happens in a store into its analytics rows. Writes for one store are serialised by a
 * transaction-scoped advisory lock, so events handled concurrently (or on several instances) never
 * interleave a merge with a recount.
 */
@Injectable()
export class AnalyticsIngestService {
  constructor(
    private readonly data: TenantDataService,
    private readonly zones: TenantTimeZones,
  ) {}

  /** A conversation started, or its status changed (handoff, takeover, resolve…) at `at`. */
  async conversationChanged(ctx: TenantContext, conversation: ConversationSnapshot, at: Date): Promise<void> {
    await this.write(ctx, async (tx, zone) => {
      const day = await this.mergeFact(tx, zone, conversation, at, {});
      if (day) await this.recount(tx, [day]);
    });
  }

  /** A message was written. Staff notes and system notices are not conversation traffic and are left out. */
  async messageCreated(ctx: TenantContext, conversation: ConversationSnapshot, message: MessageSnapshot, at: Date): Promise<void> {
    if (message.internal || message.author === MessageAuthor.SYSTEM) {
      return this.conversationChanged(ctx, conversation, at);
    }
    const written = new Date(message.createdAt);
    await this.write(ctx, async (tx, zone) => {
      const times: MessageTimes =
        message.author === MessageAuthor.VISITOR ? { visitorAt: written } : message.author === MessageAuthor.BOT ? { botAt: written } : { agentAt: written };
      const day = await this.mergeFact(tx, zone, conversation, at, times);
      const days = day ? [day] : [];
      if (message.author === MessageAuthor.VISITOR) days.push(...(await this.markReturns(tx, conversation.visitorId, written, null)));
      const counter: DailyCounter = message.author === MessageAuthor.VISITOR ? 'messages_visitor' : message.author === MessageAuthor.BOT ? 'messages_bot' : 'messages_agent';
      await this.bump(tx, localDay(written, zone), { [counter]: 1 });
      await this.recount(tx, days);
    });
  }

  async intentDetected(ctx: TenantContext, facts: IntentDetectedFacts): Promise<void> {
    const intent = facts.intent.trim().toLowerCase().slice(0, MAX_INTENT_LENGTH);
    if (!intent) return;
    await this.write(ctx, async (tx, zone) => {
      const conversationFacts = this.facts(tx);
      const fact = await conversationFacts.findOneBy({ conversationId: facts.conversationId });
      const day = localDay(facts.at, zone);
      await this.data.repo(tx, IntentRollup).sql(
        `INSERT INTO analytics_intent_daily AS r (tenant_id, day, intent, messages) VALUES ($1, $2, $3, 1)
         ON CONFLICT (tenant_id, day, intent) DO UPDATE SET messages = r.messages + 1 WHERE r.tenant_id = $1`,
        [day, intent],
      );
      if (!fact) return;
      // Checked before this conversation learns the intent, so a first mention never counts as a return.
      const days = await this.markReturns(tx, fact.visitorId, facts.at, intent);
      await conversationFacts.sql(
        `UPDATE analytics_conversations SET intents = array_append(intents, $3::text)
          WHERE tenant_id = $1 AND conversation_id = $2 AND NOT ($3::text = ANY(intents))`,
        [facts.conversationId, intent],
      );
      await this.recount(tx, days);
    });
  }

  async searchPerformed(ctx: TenantContext, facts: SearchPerformedFacts): Promise<void> {
    const term = normaliseTerm(facts.query);
    if (!term) return;
    const missed = facts.resultCount === 0 ? 1 : 0;
    await this.write(ctx, async (tx, zone) => {
      const day = localDay(facts.at, zone);
      for (const [table, period, at] of [
        ['analytics_search_daily', 'day', day],
        ['analytics_search_monthly', 'month', monthStart(day)],
      ] as const) {
        await this.data.repo(tx, SearchRollup).sql(
          `INSERT INTO ${table} AS r (tenant_id, ${period}, term, searches, misses) VALUES ($1, $2, $3, 1, $4)
           ON CONFLICT (tenant_id, ${period}, term) DO UPDATE SET searches = r.searches + 1, misses = r.misses + EXCLUDED.misses WHERE r.tenant_id = $1`,
          [at, term, missed],
        );
      }
      await this.bump(tx, day, { searches: 1, search_misses: missed });
    });
  }

  async cartUpdated(ctx: TenantContext, facts: CartUpdatedFacts): Promise<void> {
    await this.write(ctx, async (tx) => {
      const rows = await this.facts(tx).sql<{ day: string }>(
        `UPDATE analytics_conversations SET carted = true WHERE tenant_id = $1 AND conversation_id = $2 AND NOT carted RETURNING day::text AS day`,
        [facts.conversationId],
      );
      await this.recount(tx, updatedRows(rows).map((r) => r.day));
    });
  }

  /** Counts an order once, credits it to a conversation when it came from chat (see CHAT_ORDER). */
  async orderPlaced(ctx: TenantContext, facts: OrderPlacedFacts): Promise<void> {
    await this.write(ctx, async (tx, zone) => {
      const day = localDay(facts.placedAt, zone);
      const credited = await this.creditedConversation(tx, facts);
      const inserted = await this.data.repo(tx, OrderFact).sql<{ id: string }>(
        `INSERT INTO analytics_orders (tenant_id, order_id, placed_at, day, total_minor, conversation_id)
         SELECT $1::uuid, $2::varchar, $3::timestamptz, $4::date, $5::bigint, $6::uuid
          WHERE NOT EXISTS (SELECT 1 FROM analytics_orders o WHERE o.tenant_id = $1 AND o.order_id = $2)
         ON CONFLICT DO NOTHING RETURNING id`,
        [facts.orderId, facts.placedAt, day, Math.round(facts.totalMinor), credited?.conversationId ?? null],
      );
      if (!inserted.length) return;
      const fromChat = credited ? 1 : 0;
      await this.bump(tx, day, {
        orders: 1,
        revenue_minor: Math.round(facts.totalMinor),
        chat_orders: fromChat,
        chat_revenue_minor: fromChat * Math.round(facts.totalMinor),
      });
      for (const item of facts.items) {
        for (const [table, period, at] of [
          ['analytics_product_daily', 'day', day],
          ['analytics_product_monthly', 'month', monthStart(day)],
        ] as const) {
          await this.data.repo(tx, ProductRollup).sql(
            `INSERT INTO ${table} AS r (tenant_id, ${period}, product_id, name, units, revenue_minor, chat_units) VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (tenant_id, ${period}, product_id) DO UPDATE SET name = EXCLUDED.name, units = r.units + EXCLUDED.units,
               revenue_minor = r.revenue_minor + EXCLUDED.revenue_minor, chat_units = r.chat_units + EXCLUDED.chat_units
             WHERE r.tenant_id = $1`,
            [at, item.productId.slice(0, 64), item.name.slice(0, 200), item.quantity, Math.round(item.totalMinor), fromChat * item.quantity],
          );
        }
      }
      if (credited) {
        await this.facts(tx).update({ conversationId: credited.conversationId }, { ordered: true });
        await this.recount(tx, [credited.day]);
      }
    });
  }

  /**
   * Recomputes the conversation figures of these store-local days from their conversation facts (after
   * a bulk import of facts, or to repair a day).
   */
  async recountDays(ctx: TenantContext, days: string[]): Promise<void> {
    await this.write(ctx, (tx) => this.recount(tx, days));
  }

  private async creditedConversation(tx: TenantContext, facts: OrderPlacedFacts): Promise<{ conversationId: string; day: string } | null> {
    const conversationFacts = this.facts(tx);
    if (facts.conversationId) {
      const named = await conversationFacts.findOneBy({ conversationId: facts.conversationId });
      if (named) return { conversationId: named.conversationId, day: named.day };
    }
    if (!facts.visitorId) return null;
    const [recent] = await conversationFacts.sql<{ conversation_id: string; day: string }>(
      `SELECT conversation_id, day::text AS day FROM analytics_conversations
        WHERE tenant_id = $1 AND visitor_id = $2 AND started_at <= $3 AND started_at > $3::timestamptz - make_interval(days => $4)
        ORDER BY started_at DESC LIMIT 1`,
      [facts.visitorId, facts.placedAt, CHAT_ATTRIBUTION_DAYS],
    );
    return recent ? { conversationId: recent.conversation_id, day: recent.day } : null;
  }

  private async write(ctx: TenantContext, work: (tx: TenantContext, zone: string) => Promise<void>): Promise<void> {
    const zone = await this.zones.of(ctx);
    await this.data.transaction(ctx, async (tx) => {
      // A lock, not data access: it serialises this store's analytics writes until the transaction ends.
      await this.data.managerOf(tx).query(`SELECT pg_advisory_xact_lock(hashtextextended('analytics:' || $1, 0))`, [tx.tenantId]);
      await work(tx, zone);
    });
  }

  private facts(tx: TenantContext): ScopedRepository<ConversationFact> {
    return this.data.repo(tx, ConversationFact);
  }

  /**
   * Creates or merges the conversation's fact row. Returns the local day it counts on when something
   * the daily conversation figures depend on changed, null otherwise (most messages change nothing).
   */
  private async mergeFact(tx: TenantContext, zone: string, conversation: ConversationSnapshot, at: Date, times: MessageTimes): Promise<string | null> {
    const startedAt = new Date(conversation.createdAt);
    const [row] = await this.facts(tx).sql<{ day: string; changed: boolean }>(
      `WITH previous AS (
          SELECT status, handoff_at, resolved_at, first_visitor_at, first_bot_at, first_agent_at
            FROM analytics_conversations WHERE tenant_id = $1 AND conversation_id = $2
        ), merged AS (
        INSERT INTO analytics_conversations AS f
          (tenant_id, conversation_id, visitor_id, started_at, day, status, status_at, handoff_at, resolved_at, first_visitor_at, last_visitor_at, first_bot_at, first_agent_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12)
        ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET
          status = CASE WHEN EXCLUDED.status_at >= f.status_at THEN EXCLUDED.status ELSE f.status END,
          status_at = GREATEST(f.status_at, EXCLUDED.status_at),
          handoff_at = LEAST(f.handoff_at, EXCLUDED.handoff_at),
          resolved_at = GREATEST(f.resolved_at, EXCLUDED.resolved_at),
          first_visitor_at = LEAST(f.first_visitor_at, EXCLUDED.first_visitor_at),
          last_visitor_at = GREATEST(f.last_visitor_at, EXCLUDED.last_visitor_at),
          first_bot_at = LEAST(f.first_bot_at, EXCLUDED.first_bot_at),
          first_agent_at = LEAST(f.first_agent_at, EXCLUDED.first_agent_at)
        WHERE f.tenant_id = $1
        RETURNING day, status, handoff_at, resolved_at, first_visitor_at, first_bot_at, first_agent_at
        )
        SELECT m.day::text AS day, NOT EXISTS (
            SELECT 1 FROM previous p
             WHERE (p.status, p.handoff_at, p.resolved_at, p.first_visitor_at, p.first_bot_at, p.first_agent_at)
                   IS NOT DISTINCT FROM (m.status, m.handoff_at, m.resolved_at, m.first_visitor_at, m.first_bot_at, m.first_agent_at)
          ) AS changed
          FROM merged m`,
      [
        conversation.id,
        conversation.visitorId,
        startedAt,
        localDay(startedAt, zone),
        conversation.status,
        at,
        HANDOFF_STATUSES.has(conversation.status) ? at : null,
        conversation.status === ConversationStatus.RESOLVED ? at : null,
        times.visitorAt ?? null,
        times.botAt ?? null,
        times.agentAt ?? null,
      ],
    );
    return row.changed ? row.day : null;
  }

  /**
   * The visitor came back at `at`: resolutions of theirs in the 24 h before stop counting as resolved
   * by the bot. With `intent`, only conversations about that intent; without, only those whose
   * intents are unknown (any return counts for them).
   */
  private async markReturns(tx: TenantContext, visitorId: string, at: Date, intent: string | null): Promise<string[]> {
    const rows = await this.facts(tx).sql<{ day: string }>(
      `UPDATE analytics_conversations SET returned = true
        WHERE tenant_id = $1 AND visitor_id = $2 AND NOT returned AND resolved_at IS NOT NULL
          AND resolved_at < $3 AND resolved_at >= $3::timestamptz - make_interval(hours => $4)
          AND (CASE WHEN $5::text IS NULL THEN cardinality(intents) = 0 ELSE $5::text = ANY(intents) END)
        RETURNING day::text AS day`,
      [visitorId, at, RETURN_WINDOW_HOURS, intent],
    );
    return updatedRows(rows).map((r) => r.day);
  }

  private async bump(tx: TenantContext, day: string, deltas: Partial<Record<DailyCounter, number>>): Promise<void> {
    const columns = (Object.keys(deltas) as DailyCounter[]).filter((c) => deltas[c]);
    if (!columns.length) return;
    await this.data.repo(tx, DailyRollup).sql(
      `INSERT INTO analytics_daily AS d (tenant_id, day, ${columns.join(', ')}) VALUES ($1, $2, ${columns.map((_, i) => `$${i + 3}`).join(', ')})
       ON CONFLICT (tenant_id, day) DO UPDATE SET ${columns.map((c) => `${c} = d.${c} + EXCLUDED.${c}`).join(', ')}
       WHERE d.tenant_id = $1`,
      [day, ...columns.map((c) => deltas[c])],
    );
  }

  /** Recomputes the conversation figures of these days from their facts: idempotent, order-independent. */
  private async recount(tx: TenantContext, days: string[]): Promise<void> {
    for (const day of [...new Set(days)]) {
      await this.data.repo(tx, DailyRollup).sql(
        `INSERT INTO analytics_daily AS d (tenant_id, day, conversations, status_bot, status_waiting, status_assigned, status_resolved, status_snoozed,
            handed_off, bot_answered, bot_resolved, frt_bot_ms, frt_bot_count, frt_human_ms, frt_human_count, carted, ordered)
         SELECT $1::uuid, $2::date, count(*),
            count(*) FILTER (WHERE status = 'bot'),
            count(*) FILTER (WHERE status = 'waiting_for_human'),
            count(*) FILTER (WHERE status = 'assigned'),
            count(*) FILTER (WHERE status = 'resolved'),
            count(*) FILTER (WHERE status = 'snoozed'),
            count(*) FILTER (WHERE handoff_at IS NOT NULL OR first_agent_at IS NOT NULL),
            count(*) FILTER (WHERE first_bot_at IS NOT NULL),
            count(*) FILTER (WHERE status = 'resolved' AND first_bot_at IS NOT NULL AND handoff_at IS NULL AND first_agent_at IS NULL AND NOT returned),
            coalesce(round(sum(extract(epoch FROM first_bot_at - first_visitor_at) * 1000) FILTER (WHERE first_bot_at >= first_visitor_at)), 0),
            count(*) FILTER (WHERE first_bot_at >= first_visitor_at),
            coalesce(round(sum(extract(epoch FROM first_agent_at - coalesce(handoff_at, first_visitor_at)) * 1000)
              FILTER (WHERE first_agent_at >= coalesce(handoff_at, first_visitor_at))), 0),
            count(*) FILTER (WHERE first_agent_at >= coalesce(handoff_at, first_visitor_at)),
            count(*) FILTER (WHERE carted),
            count(*) FILTER (WHERE ordered)
           FROM analytics_conversations WHERE tenant_id = $1 AND day = $2::date
         ON CONFLICT (tenant_id, day) DO UPDATE SET
            conversations = EXCLUDED.conversations, status_bot = EXCLUDED.status_bot, status_waiting = EXCLUDED.status_waiting,
            status_assigned = EXCLUDED.status_assigned, status_resolved = EXCLUDED.status_resolved, status_snoozed = EXCLUDED.status_snoozed,
            handed_off = EXCLUDED.handed_off, bot_answered = EXCLUDED.bot_answered, bot_resolved = EXCLUDED.bot_resolved,
            frt_bot_ms = EXCLUDED.frt_bot_ms, frt_bot_count = EXCLUDED.frt_bot_count, frt_human_ms = EXCLUDED.frt_human_ms,
            frt_human_count = EXCLUDED.frt_human_count, carted = EXCLUDED.carted, ordered = EXCLUDED.ordered
         WHERE d.tenant_id = $1`,
        [day],
      );
    }
  }
}

/** Lower-case, single-spaced, bounded: "Red  Shoes " and "red shoes" are the same demand. */
export function normaliseTerm(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, MAX_TERM_LENGTH);
}

/** TypeORM returns [rows, count] for UPDATE … RETURNING on PostgreSQL. */
function updatedRows<R>(result: R[] | [R[], number]): R[] {
  return (Array.isArray(result[0]) ? result[0] : result) as R[];
}
