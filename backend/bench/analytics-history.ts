/**
 * Fills a store's analytics tables with a plausible history in bulk SQL (what months of events would
 * have produced), then lets the ingest service recount the conversation figures per day. Used by
 * bench:analytics and to give the dashboard something to show on a fresh database.
 */
import { Pool } from 'pg';
import { AnalyticsIngestService } from '../src/modules/analytics/ingest/analytics-ingest.service';
import { addDays } from '../src/modules/analytics/local-day';
import { TenantContext } from '../src/platform/context/tenant-context';

export interface HistoryShape {
  /** Days of history ending today. */
  days: number;
  conversations: number;
  orders: number;
  searches: number;
  products: string[];
  /** Search terms, most popular first; the first `gapTerms` never find anything. */
  terms: string[];
  gapTerms: number;
  intents: string[];
}

export interface SeededHistory {
  conversations: number;
  messages: number;
  orders: number;
  searches: number;
  days: string[];
}

export async function seedAnalyticsHistory(
  pool: Pool,
  ingest: AnalyticsIngestService,
  tenantId: string,
  timeZone: string,
  today: string,
  shape: HistoryShape,
): Promise<SeededHistory> {
  // One day more than the history spans: its oldest conversations can fall on that day in the store's zone.
  const days = Array.from({ length: shape.days + 1 }, (_, i) => addDays(today, i - shape.days));
  // Newer days get more traffic (the store is growing), so charts have a trend to show.
  const startedAt = `now() - (power(random(), 1.3) * $3::int * interval '1 day')`;
  await pool.query(`SELECT setseed(0.42)`);
  await pool.query(
    `INSERT INTO analytics_conversations (tenant_id, conversation_id, visitor_id, started_at, day, status, status_at,
        first_visitor_at, last_visitor_at, first_bot_at, first_agent_at, handoff_at, resolved_at, returned, intents, carted, ordered, csat_score)
     SELECT $1, gen_random_uuid(), gen_random_uuid(), s.started, (s.started AT TIME ZONE $2)::date,
        CASE WHEN s.r < 0.55 THEN 'resolved' WHEN s.r < 0.78 THEN 'bot' WHEN s.r < 0.86 THEN 'assigned' WHEN s.r < 0.9 THEN 'waiting_for_human' ELSE 'resolved' END,
        s.started + interval '10 minutes',
        s.started, s.started + interval '2 minutes',
        CASE WHEN s.r < 0.97 THEN s.started + (1 + random() * 4) * interval '1 second' END,
        CASE WHEN s.r >= 0.78 AND s.r < 0.86 OR s.r >= 0.9 THEN s.started + (60 + random() * 900) * interval '1 second' END,
        CASE WHEN s.r >= 0.78 THEN s.started + interval '30 seconds' END,
        CASE WHEN s.r < 0.55 OR s.r >= 0.9 THEN s.started + interval '10 minutes' END,
        s.r2 < 0.12, '{}', s.r2 < 0.2, s.r2 < 0.07,
        -- About a third of resolved conversations get rated, mostly well.
        CASE WHEN (s.r < 0.55 OR s.r >= 0.9) AND s.r3 < 0.35 THEN 5 - floor(power(random(), 2.5) * 5)::int END
       FROM (SELECT ${startedAt} AS started, random() AS r, random() AS r2, random() AS r3 FROM generate_series(1, $4::int)) s`,
    [tenantId, timeZone, shape.days, shape.conversations],
  );
  for (let i = 0; i < days.length; i += 31) {
    await ingest.recountDays(TenantContext.system(tenantId, 'history'), days.slice(i, i + 31));
  }
  // Messages per conversation: the visitor writes about 2.4 times, the assistant answers about 2.1 times, a person 3 times after a handoff.
  // Every visitor message gets a sentiment score; the mood is mildly positive and varies by day.
  await pool.query(
    `UPDATE analytics_daily SET messages_visitor = round(conversations * 2.4), messages_bot = round(bot_answered * 2.1), messages_agent = handed_off * 3,
            sentiment_count = round(conversations * 2.4), sentiment_sum = round(conversations * 2.4) * (0.05 + random() * 0.3)
      WHERE tenant_id = $1`,
    [tenantId],
  );

  await pool.query(
    `INSERT INTO analytics_orders (tenant_id, order_id, placed_at, day, total_minor, conversation_id)
     SELECT $1, 'o' || g, s.placed, (s.placed AT TIME ZONE $2)::date, 1500 + floor(random() * 18000)::int,
            CASE WHEN random() < 0.3 THEN gen_random_uuid() END
       FROM generate_series(1, $4::int) g, LATERAL (SELECT now() - (power(random(), 1.3) * $3::int * interval '1 day') + g * interval '0' AS placed) s`,
    [tenantId, timeZone, shape.days, shape.orders],
  );
  await pool.query(
    `UPDATE analytics_daily d SET orders = o.n, revenue_minor = o.total, chat_orders = o.chat_n, chat_revenue_minor = o.chat_total
       FROM (SELECT day, count(*) AS n, sum(total_minor) AS total, count(*) FILTER (WHERE conversation_id IS NOT NULL) AS chat_n,
                    coalesce(sum(total_minor) FILTER (WHERE conversation_id IS NOT NULL), 0) AS chat_total
               FROM analytics_orders WHERE tenant_id = $1 GROUP BY day) o
      WHERE d.tenant_id = $1 AND d.day = o.day`,
    [tenantId],
  );
  await pool.query(
    `INSERT INTO analytics_product_daily (tenant_id, day, product_id, name, units, revenue_minor, chat_units)
     SELECT $1, day, 'p' || pid, ($2::text[])[pid + 1], sum(q), sum(q * price), coalesce(sum(q) FILTER (WHERE chat), 0)
       FROM (SELECT o.day, floor(power(random(), 2.5) * cardinality($2::text[]))::int AS pid, 1 + floor(random() * 3)::int AS q,
                    1500 + floor(random() * 6000)::int AS price, o.conversation_id IS NOT NULL AS chat
               FROM analytics_orders o WHERE o.tenant_id = $1) x
      GROUP BY day, pid`,
    [tenantId, shape.products],
  );

  // One variant per product (its id derived from the product's), so stock-out predictions have sales to go on.
  await pool.query(
    `INSERT INTO analytics_variant_daily (tenant_id, day, variant_id, product_id, sku, name, units)
     SELECT $1::uuid, day, md5($1::text || product_id)::uuid, product_id, upper(product_id), name, units FROM analytics_product_daily WHERE tenant_id = $1::uuid`,
    [tenantId],
  );
  await pool.query(
    `INSERT INTO analytics_search_daily (tenant_id, day, term, searches, misses)
     SELECT $1, day, ($4::text[])[t + 1], count(*), count(*) FILTER (WHERE t < $5 OR miss)
       FROM (SELECT ((now() - power(random(), 1.3) * $3::int * interval '1 day') AT TIME ZONE $2)::date AS day,
                    floor(power(random(), 3) * cardinality($4::text[]))::int AS t, random() < 0.02 AS miss
               FROM generate_series(1, $6::int)) x
      GROUP BY day, t`,
    [tenantId, timeZone, shape.days, shape.terms, shape.gapTerms, shape.searches],
  );
  // Whole months are read from the monthly tables: they hold the sums of the daily rows.
  await pool.query(
    `INSERT INTO analytics_search_monthly (tenant_id, month, term, searches, misses)
     SELECT tenant_id, date_trunc('month', day::timestamp)::date, term, sum(searches), sum(misses)
       FROM analytics_search_daily WHERE tenant_id = $1 GROUP BY 1, 2, 3`,
    [tenantId],
  );
  await pool.query(
    `INSERT INTO analytics_product_monthly (tenant_id, month, product_id, name, units, revenue_minor, chat_units)
     SELECT tenant_id, date_trunc('month', day::timestamp)::date, product_id, max(name), sum(units), sum(revenue_minor), sum(chat_units)
       FROM analytics_product_daily WHERE tenant_id = $1 GROUP BY 1, 2, 3`,
    [tenantId],
  );
  await pool.query(
    `UPDATE analytics_daily d SET searches = s.n, search_misses = s.m
       FROM (SELECT day, sum(searches) AS n, sum(misses) AS m FROM analytics_search_daily WHERE tenant_id = $1 GROUP BY day) s
      WHERE d.tenant_id = $1 AND d.day = s.day`,
    [tenantId],
  );
  await pool.query(
    `INSERT INTO analytics_intent_daily (tenant_id, day, intent, messages)
     SELECT $1, d.day, i.intent, greatest(0, round(d.conversations * i.weight * (0.7 + random() * 0.6)))::int
       FROM analytics_daily d,
            LATERAL (SELECT intent, 0.9 / power(ord, 1.1) AS weight FROM unnest($2::text[]) WITH ORDINALITY AS u(intent, ord)) i
      WHERE d.tenant_id = $1`,
    [tenantId, shape.intents],
  );

  const [totals] = (
    await pool.query<{ conversations: string; messages: string; orders: string; searches: string }>(
      `SELECT sum(conversations) AS conversations, sum(messages_visitor + messages_bot + messages_agent) AS messages, sum(orders) AS orders, sum(searches) AS searches
         FROM analytics_daily WHERE tenant_id = $1`,
      [tenantId],
    )
  ).rows;
  return {
    conversations: Number(totals.conversations),
    messages: Number(totals.messages),
    orders: Number(totals.orders),
    searches: Number(totals.searches),
    days,
  };
}
