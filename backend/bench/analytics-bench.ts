/**
 * npm run bench:analytics — seeds one store with a year of history (BENCH_MESSAGES ≈ 1,000,000 messages
 * in ≈ 200,000 conversations, BENCH_ORDERS = 100,000 orders, searches and intents) plus a smaller
 * second store, then times every dashboard query through the GraphQL endpoint (median of
 * BENCH_RUNS runs after warm-up): the admin's dashboard operation over 30 days and over a year by
 * day, week and month (with the sales forecast and stock-out predictions it shows), the demand-gaps page and
 * the reports list. Integrator-style single queries are timed and printed
 * too. Also measures how fast events are turned into rollups.
 * Prints per-query timings on stderr and one line on stdout:
 *   bench=analytics slowest_ms=<n> query=<name> messages=<n> orders=<n> ingest_events_per_s=<n>
 */
import 'reflect-metadata';
import { ConversationStatus, MessageAuthor } from '@shopdesk/shared';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { AnalyticsIngestService } from '../src/modules/analytics/ingest/analytics-ingest.service';
import { addDays, localDay } from '../src/modules/analytics/local-day';
import { ConversationSnapshot } from '../src/modules/conversations/conversation-events';
import { TenantContext } from '../src/platform/context/tenant-context';
import { HistoryShape, seedAnalyticsHistory } from './analytics-history';
import { inBatches } from './chat-bench-support';
import { startScratchApp } from './scratch-app';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1_000_000);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const INGEST_EVENTS = Number(process.env.BENCH_INGEST_EVENTS ?? 2000);
/** Conversations writing at the same time while events are ingested. */
const INGEST_CONCURRENCY = 100;
const TIME_ZONE = 'Europe/Berlin';
/** Messages per conversation the history produces on average (see analytics-history). */
const MESSAGES_PER_CONVERSATION = 5.1;

const FIGURES = `conversations byStatus { bot waitingForHuman assigned resolved snoozed } messages { visitor bot agent total }
  handedOff handoffRate botAnswered botResolved botResolutionRate avgFirstResponseBotMs avgFirstResponseHumanMs
  searches searchesWithoutResult orders revenueMinor chatOrders chatRevenueMinor chatAverageOrderValueMinor funnel { conversations carted ordered }
  csatAverage csatResponses sentimentAverage sentimentScored`;

function shape(scale: number): HistoryShape {
  return {
    days: 365,
    conversations: Math.round((MESSAGES / MESSAGES_PER_CONVERSATION) * scale),
    orders: Math.round(ORDERS * scale),
    searches: Math.round(300_000 * scale),
    products: Array.from({ length: 2000 }, (_, i) => `Product ${i + 1}`),
    terms: Array.from({ length: 3000 }, (_, i) => `search term ${i + 1}`),
    gapTerms: 50,
    intents: Array.from({ length: 30 }, (_, i) => `intent_${i + 1}`),
  };
}

async function signUp(url: string, storeName: string): Promise<{ token: string; tenantId: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken tenant { id } } }`,
      variables: { input: { storeName, email: `${randomUUID()}@bench.example.com`, password: 'correct horse battery staple' } },
    }),
  });
  const { data } = (await res.json()) as { data: { signUp: { accessToken: string; tenant: { id: string } } } };
  return { token: data.signUp.accessToken, tenantId: data.signUp.tenant.id };
}

async function main(): Promise<void> {
  const scratch = await startScratchApp();
  const pool = new Pool({ connectionString: scratch.databaseUrl, max: 4 });
  try {
    const ingest = scratch.app.get(AnalyticsIngestService);
    const store = await signUp(scratch.url, 'Analytics Bench Store');
    const other = await signUp(scratch.url, 'Second Bench Store');
    await pool.query(`UPDATE tenants SET timezone = $2 WHERE id = $1`, [store.tenantId, TIME_ZONE]);
    const today = localDay(new Date(), TIME_ZONE);

    let started = performance.now();
    const seeded = await seedAnalyticsHistory(pool, ingest, store.tenantId, TIME_ZONE, today, shape(1));
    await seedAnalyticsHistory(pool, ingest, other.tenantId, 'UTC', localDay(new Date(), 'UTC'), shape(0.1));
    await pool.query('ANALYZE');
    process.stderr.write(
      `seeded ${seeded.messages} messages, ${seeded.conversations} conversations, ${seeded.orders} orders, ${seeded.searches} searches in ${Math.round(performance.now() - started)} ms\n`,
    );

    // Events into rollups as live chat sends them: many conversations at once, each one's messages in order.
    const ctx = TenantContext.system(store.tenantId, 'bench');
    started = performance.now();
    const conversationIndexes = Array.from({ length: INGEST_EVENTS / 2 }, (_, k) => k * 2);
    await inBatches(conversationIndexes, INGEST_CONCURRENCY, async (i) => {
      const at = new Date(Date.now() - (i % 500) * 60_000);
      const conversation: ConversationSnapshot = {
        id: randomUUID(),
        visitorId: randomUUID(),
        status: ConversationStatus.BOT,
        assignedTo: null,
        assignedName: null,
        snoozedUntil: null,
        csatScore: null,
        csatComment: null,
        lastSeq: 1,
        visitorReadSeq: 1,
        staffReadSeq: 0,
        unreadForStaff: 1,
        unreadForVisitor: 0,
        createdAt: at.toISOString(),
        lastMessageAt: at.toISOString(),
        lastMessagePreview: null,
      };
      const message = (author: MessageAuthor, offsetMs: number) => ({
        id: randomUUID(),
        conversationId: conversation.id,
        seq: 1,
        author,
        authorId: null,
        authorName: null,
        text: 'bench',
        blocks: [],
        internal: false,
        systemEvent: null,
        inReplyTo: null,
        createdAt: new Date(at.getTime() + offsetMs).toISOString(),
      });
      await ingest.messageCreated(ctx, conversation, message(MessageAuthor.VISITOR, 0), at);
      await ingest.messageCreated(ctx, conversation, message(MessageAuthor.BOT, 1500), new Date(at.getTime() + 1500));
    });
    const ingestPerSecond = Math.round(INGEST_EVENTS / ((performance.now() - started) / 1000));

    const year = { from: addDays(today, -364), to: today };
    const month = { from: addDays(today, -29), to: today };
    // The operations the admin sends: its dashboard (as admin/src/app/dashboard/dashboard.graphql.ts) and the reports pages.
    const dashboard = (granularity: string) => `query($r: AnalyticsRangeInput!) {
      analyticsSummary(range: $r) { timeZone current { ${FIGURES} } previous { ${FIGURES} } }
      analyticsSeries(range: $r, granularity: ${granularity}) {
        from to figures { conversations handedOff botResolved orders revenueMinor sentimentAverage messages { visitor bot agent } } }
      analyticsTopIntents(range: $r, first: 8) { intent messages }
      analyticsSearchTerms(range: $r, withoutResultsOnly: true, first: 8) { term searches misses }
      analyticsTopProducts(range: $r, first: 5) { productId name units revenueMinor }
      analyticsSalesForecast(horizonDays: 30) { method days { day orders revenueMinor } orders revenueMinor }
      analyticsStockOutPredictions(first: 10) { variantId sku name available unitsPerDay daysLeft stockOutOn lowStock } }`;
    const queries: Array<{ name: string; query: string; variables: Record<string, unknown>; dashboard: boolean }> = [
      { name: 'dashboard_30_days', query: dashboard('DAY'), variables: { r: month }, dashboard: true },
      { name: 'dashboard_year_by_day', query: dashboard('DAY'), variables: { r: year }, dashboard: true },
      { name: 'dashboard_year_by_week', query: dashboard('WEEK'), variables: { r: year }, dashboard: true },
      { name: 'dashboard_year_by_month', query: dashboard('MONTH'), variables: { r: year }, dashboard: true },
      { name: 'demand_gaps_30_days', query: `query($r: AnalyticsRangeInput!) { analyticsDemandGaps(range: $r, first: 50) { term searches misses lastMissedOn } }`, variables: { r: month }, dashboard: true },
      { name: 'demand_gaps_year', query: `query($r: AnalyticsRangeInput!) { analyticsDemandGaps(range: $r, first: 50) { term searches misses lastMissedOn } }`, variables: { r: year }, dashboard: true },
      { name: 'reports_list', query: `query { analyticsReports(first: 50) { edges { node { id kind title periodStart periodEnd createdAt } } } }`, variables: {}, dashboard: true },
      // Integrator-sized calls, one figure set per call.
      { name: 'api_summary_year', query: `query($r: AnalyticsRangeInput!) { analyticsSummary(range: $r) { current { ${FIGURES} } } }`, variables: { r: year }, dashboard: false },
      { name: 'api_series_year_days_all_fields', query: `query($r: AnalyticsRangeInput!) { analyticsSeries(range: $r, granularity: DAY) { from to figures { ${FIGURES} } } }`, variables: { r: year }, dashboard: false },
      { name: 'api_top_searches_year', query: `query($r: AnalyticsRangeInput!) { analyticsSearchTerms(range: $r, first: 50) { term searches misses } }`, variables: { r: year }, dashboard: false },
      { name: 'api_stock_outs', query: `query { analyticsStockOutPredictions(first: 50) { variantId name available unitsPerDay stockOutOn lowStock } }`, variables: {}, dashboard: false },
      { name: 'api_sales_forecast_30_days', query: `query { analyticsSalesForecast(horizonDays: 30) { days { day orders revenueMinor } orders revenueMinor } }`, variables: {}, dashboard: false },
      { name: 'api_top_products_year', query: `query($r: AnalyticsRangeInput!) { analyticsTopProducts(range: $r, first: 50) { productId name units revenueMinor } }`, variables: { r: year }, dashboard: false },
    ];

    const timings: Array<{ name: string; ms: number; dashboard: boolean }> = [];
    for (const q of queries) {
      const run = async () => {
        const t0 = performance.now();
        const res = await fetch(`${scratch.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${store.token}` },
          body: JSON.stringify({ query: q.query, variables: q.variables }),
        });
        const body = (await res.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(`${q.name}: ${JSON.stringify(body.errors)}`);
        return performance.now() - t0;
      };
      for (let i = 0; i < 3; i++) await run();
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await run());
      samples.sort((a, b) => a - b);
      const median = samples[Math.floor(samples.length / 2)];
      timings.push({ name: q.name, ms: median, dashboard: q.dashboard });
      process.stderr.write(`${q.name.padEnd(32)} p50=${median.toFixed(1)} ms max=${samples[samples.length - 1].toFixed(1)} ms\n`);
    }
    const slowest = timings.filter((t) => t.dashboard).reduce((a, b) => (b.ms > a.ms ? b : a));
    process.stdout.write(
      `bench=analytics slowest_ms=${Math.round(slowest.ms)} query=${slowest.name} messages=${seeded.messages} orders=${seeded.orders} ingest_events_per_s=${ingestPerSecond}\n`,
    );
  } finally {
    await pool.end();
    await scratch.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
