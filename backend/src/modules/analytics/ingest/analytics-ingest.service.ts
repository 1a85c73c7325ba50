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
import { VariantRollup } from '../entities/variant-rollup.entity';
import { localDay, monthStart } from '../local-day';
import { CartUpdatedFacts, IntentDetectedFacts, OrderPlacedFacts, SearchPerformedFacts, SentimentFacts } from './analytics-inputs';
import { StoreWriteBatches } from './store-write-batches';
import { TenantTimeZones } from '../../tenancy/tenant-time-zones';

const ANALYTICS_GATHER_MS = 150;

/** One transaction of a store's analytics writes, shared by the events of a batch. */
interface StoreBatch {
  tx: TenantContext;
  zone: string;
}

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
 * interleave a merge with a recount; within an instance they are also grouped into one transaction
 * per batch (StoreWriteBatches), so a busy store doesn't queue a transaction per message.
 */
@Injectable()
export class AnalyticsIngestService {
  // Analytics may trail a message by a moment: its writes then stay out of the way of the live reply.
  private readonly batches = new StoreWriteBatches<StoreBatch>((tenantId, works) => this.commit(tenantId, works), 200, ANALYTICS_GATHER_MS);

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

  /** Counts a paid (or confirmed) order once, credited to a conversation when it came from chat (see CHAT_ORDER). */
  async orderPlaced(ctx: TenantContext, facts: OrderPlacedFacts): Promise<void> {
    await this.write(ctx, async (tx, zone) => {
      const known = await this.orders(tx).findOneBy({ orderId: facts.orderId });
      if (!known) {
        await this.insertOrder(tx, zone, facts, true);
        await this.applyOrder(tx, await this.orderOf(tx, facts.orderId), 1);
      } else if (!known.counted && !known.voided) {
        await this.orders(tx).update({ orderId: facts.orderId }, { counted: true });
        await this.applyOrder(tx, known, 1);
      }
    });
  }

  /** A checkout created an order that is not paid yet: remembered, not counted (see REVENUE). */
  async orderPending(ctx: TenantContext, facts: OrderPlacedFacts): Promise<void> {
    await this.write(ctx, async (tx, zone) => {
      if (!(await this.orders(tx).findOneBy({ orderId: facts.orderId }))) await this.insertOrder(tx, zone, facts, false);
    });
  }

  /** A pending order was paid: it counts from now on, on the day it was placed. */
  async orderPaid(ctx: TenantContext, orderId: string): Promise<void> {
    await this.write(ctx, async (tx) => {
      const order = await this.orders(tx).findOneBy({ orderId });
      if (!order || order.counted || order.voided) return;
      await this.orders(tx).update({ orderId }, { counted: true });
      await this.applyOrder(tx, order, 1);
    });
  }

  /** An order was cancelled or refunded: it never counts again, and comes out of the figures if it was in them. */
  async orderVoided(ctx: TenantContext, orderId: string): Promise<void> {
    await this.write(ctx, async (tx) => {
      const order = await this.orders(tx).findOneBy({ orderId });
      if (!order || order.voided) return;
      await this.orders(tx).update({ orderId }, { voided: true });
      if (order.counted) await this.applyOrder(tx, order, -1);
    });
  }

  async sentimentScored(ctx: TenantContext, facts: SentimentFacts): Promise<void> {
    if (!Number.isFinite(facts.sentiment)) return;
    const sentiment = Math.max(-1, Math.min(1, facts.sentiment));
    await this.write(ctx, async (tx, zone) => {
      await this.data.repo(tx, DailyRollup).sql(
        `INSERT INTO analytics_daily AS d (tenant_id, day, sentiment_sum, sentiment_count) VALUES ($1, $2, $3, 1)
         ON CONFLICT (tenant_id, day) DO UPDATE SET sentiment_sum = d.sentiment_sum + EXCLUDED.sentiment_sum, sentiment_count = d.sentiment_count + 1
         WHERE d.tenant_id = $1`,
        [localDay(facts.at, zone), sentiment],
      );
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

  private orders(tx: TenantContext): ScopedRepository<OrderFact> {
    return this.data.repo(tx, OrderFact);
  }

  private async orderOf(tx: TenantContext, orderId: string): Promise<OrderFact> {
    return (await this.orders(tx).findOneBy({ orderId }))!;
  }

  private async insertOrder(tx: TenantContext, zone: string, facts: OrderPlacedFacts, counted: boolean): Promise<void> {
    const credited = await this.creditedConversation(tx, facts);
    await this.orders(tx).sql(
      `INSERT INTO analytics_orders (tenant_id, order_id, placed_at, day, total_minor, conversation_id, visitor_id, items, counted)
       SELECT $1::uuid, $2::varchar, $3::timestamptz, $4::date, $5::bigint, $6::uuid, $7::uuid, $8::jsonb, $9::boolean
        WHERE NOT EXISTS (SELECT 1 FROM analytics_orders o WHERE o.tenant_id = $1 AND o.order_id = $2)
       ON CONFLICT DO NOTHING`,
      [
        facts.orderId,
        facts.placedAt,
        localDay(facts.placedAt, zone),
        Math.round(facts.totalMinor),
        credited?.conversationId ?? null,
        facts.visitorId ?? null,
        JSON.stringify(facts.items),
        counted,
      ],
    );
  }

  /**
   * Adds a paid order to its day's figures and products (`sign` 1), or takes it back out (-1). The
   * conversation it is credited to counts as ordered while any counted order of it stands.
   */
  private async applyOrder(tx: TenantContext, order: OrderFact, sign: 1 | -1): Promise<void> {
    const total = Number(order.totalMinor);
    const fromChat = order.conversationId ? 1 : 0;
    await this.bump(tx, order.day, { orders: sign, revenue_minor: sign * total, chat_orders: sign * fromChat, chat_revenue_minor: sign * fromChat * total });
    for (const item of order.items) {
      const revenue = Math.round(item.totalMinor);
      for (const [table, period, at] of [
        ['analytics_product_daily', 'day', order.day],
        ['analytics_product_monthly', 'month', monthStart(order.day)],
      ] as const) {
        await this.data.repo(tx, ProductRollup).sql(
          `INSERT INTO ${table} AS r (tenant_id, ${period}, product_id, name, units, revenue_minor, chat_units) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (tenant_id, ${period}, product_id) DO UPDATE SET name = EXCLUDED.name, units = r.units + EXCLUDED.units,
             revenue_minor = r.revenue_minor + EXCLUDED.revenue_minor, chat_units = r.chat_units + EXCLUDED.chat_units
           WHERE r.tenant_id = $1`,
          [at, item.productId.slice(0, 64), item.name.slice(0, 200), sign * item.quantity, sign * revenue, sign * fromChat * item.quantity],
        );
      }
      if (item.variantId) {
        await this.data.repo(tx, VariantRollup).sql(
          `INSERT INTO analytics_variant_daily AS r (tenant_id, day, variant_id, product_id, sku, name, units) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (tenant_id, variant_id, day) DO UPDATE SET name = EXCLUDED.name, sku = EXCLUDED.sku, units = r.units + EXCLUDED.units
           WHERE r.tenant_id = $1`,
          [order.day, item.variantId, item.productId.slice(0, 64), (item.sku ?? '').slice(0, 64), item.name.slice(0, 200), sign * item.quantity],
        );
      }
    }
    if (!order.conversationId) return;
    const credited = await this.facts(tx).sql<{ day: string }>(
      `UPDATE analytics_conversations f SET ordered = EXISTS (
          SELECT 1 FROM analytics_orders o WHERE o.tenant_id = $1 AND o.conversation_id = f.conversation_id AND o.counted AND NOT o.voided)
        WHERE f.tenant_id = $1 AND f.conversation_id = $2 RETURNING day::text AS day`,
      [order.conversationId],
    );
    await this.recount(tx, updatedRows(credited).map((r) => r.day));
  }

  private write(ctx: TenantContext, work: (tx: TenantContext, zone: string) => Promise<void>): Promise<void> {
    return this.batches.run(ctx.tenantId, ({ tx, zone }) => work(tx, zone));
  }

  private async commit(tenantId: string, works: Array<(batch: StoreBatch) => Promise<void>>): Promise<void> {
    const ctx = TenantContext.system(tenantId, 'analytics');
    const zone = await this.zones.of(ctx);
    await this.data.transaction(ctx, async (tx) => {
      // A lock, not data access: it serialises this store's analytics writes (across instances too) until the transaction ends.
      await this.data.managerOf(tx).query(`SELECT pg_advisory_xact_lock(hashtextextended('analytics:' || $1, 0))`, [tx.tenantId]);
      for (const work of works) await work({ tx, zone });
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
          SELECT status, handoff_at, resolved_at, first_visitor_at, first_bot_at, first_agent_at, csat_score
            FROM analytics_conversations WHERE tenant_id = $1 AND conversation_id = $2
        ), merged AS (
        INSERT INTO analytics_conversations AS f
          (tenant_id, conversation_id, visitor_id, started_at, day, status, status_at, handoff_at, resolved_at, first_visitor_at, last_visitor_at, first_bot_at, first_agent_at, csat_score)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12, $13)
        ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET
          status = CASE WHEN EXCLUDED.status_at >= f.status_at THEN EXCLUDED.status ELSE f.status END,
          status_at = GREATEST(f.status_at, EXCLUDED.status_at),
          handoff_at = LEAST(f.handoff_at, EXCLUDED.handoff_at),
          resolved_at = GREATEST(f.resolved_at, EXCLUDED.resolved_at),
          first_visitor_at = LEAST(f.first_visitor_at, EXCLUDED.first_visitor_at),
          last_visitor_at = GREATEST(f.last_visitor_at, EXCLUDED.last_visitor_at),
          first_bot_at = LEAST(f.first_bot_at, EXCLUDED.first_bot_at),
          first_agent_at = LEAST(f.first_agent_at, EXCLUDED.first_agent_at),
          -- A rating is only ever set or changed, so the newer snapshot's is kept unless it has none.
          csat_score = CASE WHEN EXCLUDED.status_at >= f.status_at THEN coalesce(EXCLUDED.csat_score, f.csat_score) ELSE coalesce(f.csat_score, EXCLUDED.csat_score) END
        WHERE f.tenant_id = $1
        RETURNING day, status, handoff_at, resolved_at, first_visitor_at, first_bot_at, first_agent_at, csat_score
        )
        SELECT m.day::text AS day, NOT EXISTS (
            SELECT 1 FROM previous p
             WHERE (p.status, p.handoff_at, p.resolved_at, p.first_visitor_at, p.first_bot_at, p.first_agent_at, p.csat_score)
                   IS NOT DISTINCT FROM (m.status, m.handoff_at, m.resolved_at, m.first_visitor_at, m.first_bot_at, m.first_agent_at, m.csat_score)
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
        conversation.csatScore ?? null,
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
            handed_off, bot_answered, bot_resolved, frt_bot_ms, frt_bot_count, frt_human_ms, frt_human_count, carted, ordered, csat_sum, csat_count)
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
            count(*) FILTER (WHERE ordered),
            coalesce(sum(csat_score), 0),
            count(csat_score)
           FROM analytics_conversations WHERE tenant_id = $1 AND day = $2::date
         ON CONFLICT (tenant_id, day) DO UPDATE SET
            conversations = EXCLUDED.conversations, status_bot = EXCLUDED.status_bot, status_waiting = EXCLUDED.status_waiting,
            status_assigned = EXCLUDED.status_assigned, status_resolved = EXCLUDED.status_resolved, status_snoozed = EXCLUDED.status_snoozed,
            handed_off = EXCLUDED.handed_off, bot_answered = EXCLUDED.bot_answered, bot_resolved = EXCLUDED.bot_resolved,
            frt_bot_ms = EXCLUDED.frt_bot_ms, frt_bot_count = EXCLUDED.frt_bot_count, frt_human_ms = EXCLUDED.frt_human_ms,
            frt_human_count = EXCLUDED.frt_human_count, carted = EXCLUDED.carted, ordered = EXCLUDED.ordered,
            csat_sum = EXCLUDED.csat_sum, csat_count = EXCLUDED.csat_count
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
