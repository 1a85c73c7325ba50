import { ConversationStatus, MessageAuthor } from '@shopdesk/shared';
import { Client } from 'pg';
import { AnalyticsIngestService } from '../src/modules/analytics/ingest/analytics-ingest.service';
import { AnalyticsReportService } from '../src/modules/analytics/reports/analytics-report.service';
import { WeeklyReportScheduler } from '../src/modules/analytics/reports/weekly-report.scheduler';
import {
  ConversationCreatedEvent,
  ConversationSnapshot,
  ConversationStatusChangedEvent,
  MessageCreatedEvent,
  MessageSnapshot,
} from '../src/modules/conversations/conversation-events';
import { TenantContext } from '../src/platform/context/tenant-context';
import { DomainEvent } from '../src/platform/events/domain-event';
import { EventBus } from '../src/platform/events/event-bus';
import { AGENT_REPLY, createWidgetKey, REQUEST_HUMAN, RESOLVE, SEND, startVisitor, TAKE_OVER } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { errorCode, GraphQLClient } from './support/graphql-client';
import { settle } from './support/settle';
import { startTestApp, TestApp } from './support/test-app';

const FIGURES = `conversations byStatus { bot waitingForHuman assigned resolved snoozed } messages { visitor bot agent total }
  handedOff handoffRate botAnswered botResolved botResolutionRate avgFirstResponseBotMs avgFirstResponseHumanMs
  searches searchesWithoutResult orders revenueMinor chatOrders chatRevenueMinor chatAverageOrderValueMinor funnel { conversations carted ordered }`;
const SUMMARY = `query($range: AnalyticsRangeInput!) { analyticsSummary(range: $range) { timeZone current { ${FIGURES} } previous { conversations } } }`;
const SERIES = `query($range: AnalyticsRangeInput!, $g: AnalyticsGranularity!) { analyticsSeries(range: $range, granularity: $g) { from to figures { ${FIGURES} } } }`;
const INTENTS = `query($range: AnalyticsRangeInput!) { analyticsTopIntents(range: $range) { intent messages } }`;
const TERMS = `query($range: AnalyticsRangeInput!, $gaps: Boolean) { analyticsSearchTerms(range: $range, withoutResultsOnly: $gaps) { term searches misses } }`;
const PRODUCTS = `query($range: AnalyticsRangeInput!) { analyticsTopProducts(range: $range) { productId name units revenueMinor chatUnits } }`;
const REPORT_FIELDS = `id kind periodStart periodEnd title narrative figures { key label value display } recommendations { kind text }`;
const GENERATE = `mutation($range: AnalyticsRangeInput) { generateAnalyticsReport(range: $range) { ${REPORT_FIELDS} } }`;
const REPORTS = `query { analyticsReports { edges { node { id kind periodStart } } pageInfo { hasNextPage } } }`;
const REPORT = `query($id: ID!) { analyticsReport(id: $id) { ${REPORT_FIELDS} } }`;
const CREATE_API_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;

interface Figures {
  conversations: number;
  byStatus: Record<string, number>;
  messages: Record<string, number>;
  handedOff: number;
  handoffRate: number | null;
  botAnswered: number;
  botResolved: number;
  botResolutionRate: number | null;
  avgFirstResponseBotMs: number | null;
  avgFirstResponseHumanMs: number | null;
  searches: number;
  searchesWithoutResult: number;
  orders: number;
  revenueMinor: number;
  chatOrders: number;
  chatRevenueMinor: number;
  chatAverageOrderValueMinor: number | null;
  funnel: Record<string, number>;
}
interface Summary {
  analyticsSummary: { timeZone: string; current: Figures; previous: { conversations: number } };
}
interface Report {
  id: string;
  kind: string;
  periodStart: string;
  periodEnd: string;
  title: string;
  narrative: string;
  figures: Array<{ key: string; label: string; value: number | null; display: string }>;
  recommendations: Array<{ kind: string; text: string }>;
}

type Step = { kind: 'message'; author: MessageAuthor; at: string; internal: boolean } | { kind: 'status'; status: ConversationStatus; at: string };
const say = (author: MessageAuthor, at: string, internal = false): Step => ({ kind: 'message', author, at, internal });
const become = (status: ConversationStatus, at: string): Step => ({ kind: 'status', status, at });

const WEEK = { from: '2026-01-04', to: '2026-01-10' };

describe('analytics: rollups, dashboards and reports', () => {
  let t: TestApp;
  let bus: EventBus;
  /** A store with chat activity today, which the weekly schedule picks up. */
  let liveStoreId: string;

  /**
   * Waits for event handlers only. Events made up in a test name conversations the chat tables do not
   * hold, so the assistant's reply jobs for them fail and retry; nothing here waits for those.
   */
  async function handled(): Promise<void> {
    await bus.idle();
    await bus.idle();
  }

  async function summary(client: GraphQLClient, range: { from: string; to: string }): Promise<Summary['analyticsSummary']> {
    return (await client.ok<Summary>(SUMMARY, { range })).analyticsSummary;
  }

  beforeAll(async () => {
    t = await startTestApp();
    bus = t.app.get(EventBus);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  }, 30_000);

  describe('from live chat through the API', () => {
    let a: SignedUpStore;
    let b: SignedUpStore;
    const today = new Date().toISOString().slice(0, 10);
    const around = { from: shiftDay(today, -1), to: shiftDay(today, 1) };

    beforeAll(async () => {
      a = await signUpStore(t.client(), 'Live Store');
      liveStoreId = a.tenantId;
      b = await signUpStore(t.client(), 'Other Store');
      const keyA = await createWidgetKey(a.client);
      const keyB = await createWidgetKey(b.client);

      // Visitor 1 asks for a person; an agent takes over and answers.
      const v1 = t.client();
      await startVisitor(v1, keyA);
      const first = await v1.ok<{ sendMessage: { conversationId: string } }>(SEND, { input: { text: 'Do you ship to Norway?' } });
      const c1 = first.sendMessage.conversationId;
      await settle(t.app);
      await v1.ok(REQUEST_HUMAN, { id: c1 });
      await a.client.ok(TAKE_OVER, { id: c1 });
      await a.client.ok(AGENT_REPLY, { input: { conversationId: c1, text: 'Yes, in 3 days.' } });

      // Visitor 2 gets an answer from the bot; the store closes it without writing.
      const v2 = t.client();
      await startVisitor(v2, keyA);
      const second = await v2.ok<{ sendMessage: { conversationId: string } }>(SEND, { input: { text: 'What are your opening hours?' } });
      await settle(t.app);
      await a.client.ok(RESOLVE, { id: second.sendMessage.conversationId });

      // The other store's visitor must never show up in the first store's figures.
      const other = t.client();
      await startVisitor(other, keyB);
      await other.ok(SEND, { input: { text: 'Hello?' } });
      await settle(t.app);
    }, 120_000);

    it('counts conversations, messages, handoffs and bot resolutions exactly', async () => {
      const { timeZone, current } = await summary(a.client, around);
      expect(timeZone).toBe('UTC');
      expect(current.conversations).toBe(2);
      expect(current.byStatus).toEqual({ bot: 0, waitingForHuman: 0, assigned: 1, resolved: 1, snoozed: 0 });
      // Each visitor message got one bot reply while the bot owned the conversation; the agent wrote once.
      expect(current.messages).toEqual({ visitor: 2, bot: 2, agent: 1, total: 5 });
      expect(current.handedOff).toBe(1);
      expect(current.handoffRate).toBe(0.5);
      expect(current.botAnswered).toBe(2);
      expect(current.botResolved).toBe(1);
      expect(current.botResolutionRate).toBe(0.5);
      expect(current.avgFirstResponseBotMs).toEqual(expect.any(Number));
      expect(current.avgFirstResponseHumanMs).toEqual(expect.any(Number));
      expect(current.avgFirstResponseHumanMs!).toBeGreaterThanOrEqual(0);
    });

    it("keeps the second store's figures apart", async () => {
      const { current } = await summary(b.client, around);
      expect(current.conversations).toBe(1);
      expect(current.messages).toEqual({ visitor: 1, bot: 1, agent: 0, total: 2 });
      expect(current.handedOff).toBe(0);
    });

    it('answers scoped API keys with analytics:read and refuses keys without it', async () => {
      const reader = await a.client.ok<{ createApiKey: { secret: string } }>(CREATE_API_KEY, { input: { name: 'BI export', scopes: ['analytics:read'] } });
      const other = await a.client.ok<{ createApiKey: { secret: string } }>(CREATE_API_KEY, { input: { name: 'Chat only', scopes: ['conversations:read'] } });
      const viaKey = await t.client().ok<Summary>(SUMMARY, { range: around }, { token: reader.createApiKey.secret });
      expect(viaKey.analyticsSummary.current.conversations).toBe(2);
      const refused = await t.client().request(SUMMARY, { range: around }, { token: other.createApiKey.secret });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      const anonymous = await t.client().request(SUMMARY, { range: around });
      expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    });

    it('rejects ranges that are not calendar days or run backwards', async () => {
      const backwards = await a.client.request(SUMMARY, { range: { from: '2026-01-10', to: '2026-01-04' } });
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
      const impossible = await a.client.request(SUMMARY, { range: { from: '2026-02-30', to: '2026-03-01' } });
      expect(errorCode(impossible)).toBe('BAD_USER_INPUT');
    });
  });

  describe('from events at chosen times in a store in New York', () => {
    let ny: SignedUpStore;
    let other: SignedUpStore;
    let ids: Record<string, string>;

    const conversation = (tenant: string, key: string, visitor: string, createdAt: string, status: ConversationStatus): ConversationSnapshot => ({
      id: ids[`${tenant}:${key}`],
      visitorId: ids[`${tenant}:${visitor}`],
      status,
      assignedTo: null,
      assignedName: null,
      snoozedUntil: null,
      csatScore: null,
      csatComment: null,
      lastSeq: 0,
      visitorReadSeq: 0,
      staffReadSeq: 0,
      unreadForStaff: 0,
      unreadForVisitor: 0,
      createdAt,
      lastMessageAt: createdAt,
      lastMessagePreview: null,
    });
    const message = (c: ConversationSnapshot, author: MessageAuthor, createdAt: string, internal = false): MessageSnapshot => ({
      id: crypto.randomUUID(),
      conversationId: c.id,
      seq: 1,
      author,
      authorId: null,
      authorName: null,
      text: 'text',
      blocks: [],
      internal,
      systemEvent: null,
      inReplyTo: null,
      createdAt,
    });
    const publishAt = (tenantId: string, event: DomainEvent, at: string) => {
      Object.defineProperty(event, 'occurredAt', { value: new Date(at) });
      bus.publish(TenantContext.system(tenantId, 'test'), event);
    };

    /** One store's week of chat, described in the store's local time (UTC-5 in January). */
    async function playWeek(store: SignedUpStore): Promise<void> {
      const tenant = store.tenantId;
      const actor = { kind: 'system', reason: 'test' } as const;
      const ingest = t.app.get(AnalyticsIngestService);
      const ctx = TenantContext.system(tenant, 'test');
      const talk = async (key: string, visitor: string, startedAt: string, steps: Step[]) => {
        let c = conversation(tenant, key, visitor, startedAt, ConversationStatus.BOT);
        publishAt(tenant, new ConversationCreatedEvent(tenant, actor, c), startedAt);
        for (const step of steps) {
          if (step.kind === 'status') {
            const previous = c.status;
            c = { ...c, status: step.status };
            publishAt(tenant, new ConversationStatusChangedEvent(tenant, actor, c, previous), step.at);
          } else {
            publishAt(tenant, new MessageCreatedEvent(tenant, actor, c, message(c, step.author, step.at, step.internal)), step.at);
          }
          await handled();
        }
      };
      // Sunday 4 Jan, 23:30 local: answered by the bot in 2 s and resolved. Visitor 1 is back 31 h later: too late to count as a return.
      await talk('c1', 'v1', '2026-01-05T04:30:00Z', [
        say(MessageAuthor.VISITOR, '2026-01-05T04:30:00Z'),
        say(MessageAuthor.BOT, '2026-01-05T04:30:02Z'),
        become(ConversationStatus.RESOLVED, '2026-01-05T04:40:00Z'),
      ]);
      // Monday 5 Jan, 00:30 local: bot in 4 s, a person asked for at 00:31, an agent answers 150 s later; a note does not count.
      await talk('c2', 'v2', '2026-01-05T05:30:00Z', [
        say(MessageAuthor.VISITOR, '2026-01-05T05:30:00Z'),
        say(MessageAuthor.BOT, '2026-01-05T05:30:04Z'),
        become(ConversationStatus.WAITING_FOR_HUMAN, '2026-01-05T05:31:00Z'),
        become(ConversationStatus.ASSIGNED, '2026-01-05T05:32:00Z'),
        say(MessageAuthor.AGENT, '2026-01-05T05:33:30Z'),
        say(MessageAuthor.AGENT, '2026-01-05T05:34:00Z', true),
        become(ConversationStatus.RESOLVED, '2026-01-05T05:40:00Z'),
      ]);
      // Tuesday 6 Jan: v1 again at 07:00 (bot in 1 s); v3 at 10:00 (bot in 6 s), resolved, but v3 comes back the next morning.
      await talk('c5', 'v1', '2026-01-06T12:00:00Z', [
        say(MessageAuthor.VISITOR, '2026-01-06T12:00:00Z'),
        say(MessageAuthor.BOT, '2026-01-06T12:00:01Z'),
      ]);
      await talk('c3', 'v3', '2026-01-06T15:00:00Z', [
        say(MessageAuthor.VISITOR, '2026-01-06T15:00:00Z'),
        say(MessageAuthor.BOT, '2026-01-06T15:00:06Z'),
        become(ConversationStatus.RESOLVED, '2026-01-06T15:10:00Z'),
      ]);
      await talk('c4', 'v3', '2026-01-07T10:00:00Z', [say(MessageAuthor.VISITOR, '2026-01-07T10:00:00Z')]);
      // Thursday 8 Jan: v6 asks about shipping, is answered in 3 s and resolved; asks about returns 6 h later (a different
      // intent: still resolved), then about shipping again the next morning (a return: no longer resolved by the bot).
      await talk('c6', 'v6', '2026-01-08T14:00:00Z', [say(MessageAuthor.VISITOR, '2026-01-08T14:00:00Z')]);
      await ingest.intentDetected(ctx, { conversationId: ids[`${tenant}:c6`], intent: 'shipping', at: new Date('2026-01-08T14:00:00Z') });
      await talk('c6', 'v6', '2026-01-08T14:00:00Z', [
        say(MessageAuthor.BOT, '2026-01-08T14:00:03Z'),
        become(ConversationStatus.RESOLVED, '2026-01-08T14:05:00Z'),
      ]);
      await talk('c7', 'v6', '2026-01-08T20:00:00Z', [say(MessageAuthor.VISITOR, '2026-01-08T20:00:00Z')]);
      await ingest.intentDetected(ctx, { conversationId: ids[`${tenant}:c7`], intent: 'Returns', at: new Date('2026-01-08T20:00:00Z') });
      await talk('c8', 'v6', '2026-01-09T10:00:00Z', [say(MessageAuthor.VISITOR, '2026-01-09T10:00:00Z')]);
      await ingest.intentDetected(ctx, { conversationId: ids[`${tenant}:c8`], intent: 'shipping', at: new Date('2026-01-09T10:00:00Z') });
      // Friday 9 Jan: v9 asks about sizing (bot in 2 s, resolved) and that evening about delivery: a different intent, so still resolved.
      await talk('c9', 'v9', '2026-01-09T15:00:00Z', [say(MessageAuthor.VISITOR, '2026-01-09T15:00:00Z')]);
      await ingest.intentDetected(ctx, { conversationId: ids[`${tenant}:c9`], intent: 'sizing', at: new Date('2026-01-09T15:00:00Z') });
      await talk('c9', 'v9', '2026-01-09T15:00:00Z', [say(MessageAuthor.BOT, '2026-01-09T15:00:02Z'), become(ConversationStatus.RESOLVED, '2026-01-09T15:05:00Z')]);
      await talk('c10', 'v9', '2026-01-10T03:00:00Z', [say(MessageAuthor.VISITOR, '2026-01-10T03:00:00Z')]);
      await ingest.intentDetected(ctx, { conversationId: ids[`${tenant}:c10`], intent: 'delivery', at: new Date('2026-01-10T03:00:00Z') });

      // Searches one second either side of local midnight, and one that finds something.
      await ingest.searchPerformed(ctx, { query: 'Red  Shoes ', resultCount: 0, at: new Date('2026-01-05T04:59:59Z') });
      await ingest.searchPerformed(ctx, { query: 'red shoes', resultCount: 0, at: new Date('2026-01-05T05:00:00Z') });
      await ingest.searchPerformed(ctx, { query: 'boots', resultCount: 3, at: new Date('2026-01-06T18:00:00Z') });

      // Orders: one named by its conversation (after a cart), one by a visitor who chatted an hour before, one without chat.
      await ingest.cartUpdated(ctx, { conversationId: ids[`${tenant}:c2`], at: new Date('2026-01-05T05:50:00Z') });
      const o1 = { orderId: `${tenant}-o1`, placedAt: new Date('2026-01-05T06:00:00Z'), totalMinor: 5000, conversationId: ids[`${tenant}:c2`], items: [{ productId: 'p1', name: 'Trail Boot', quantity: 1, totalMinor: 5000 }] };
      await ingest.orderPlaced(ctx, o1);
      await ingest.orderPlaced(ctx, o1); // reported twice, counted once
      await ingest.orderPlaced(ctx, { orderId: `${tenant}-o2`, placedAt: new Date('2026-01-06T16:00:00Z'), totalMinor: 3000, visitorId: ids[`${tenant}:v3`], items: [{ productId: 'p2', name: 'Wool Sock', quantity: 3, totalMinor: 3000 }] });
      await ingest.orderPlaced(ctx, { orderId: `${tenant}-o3`, placedAt: new Date('2026-01-07T12:00:00Z'), totalMinor: 10000, items: [{ productId: 'p1', name: 'Trail Boot', quantity: 2, totalMinor: 10000 }] });
      await handled();
    }

    beforeAll(async () => {
      ny = await signUpStore(t.client(), 'New York Store');
      other = await signUpStore(t.client(), 'Second Store');
      ids = {};
      for (const store of [ny, other]) {
        for (const key of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'v1', 'v2', 'v3', 'v6', 'v9']) ids[`${store.tenantId}:${key}`] = crypto.randomUUID();
      }
      const db = new Client({ connectionString: t.databaseUrl });
      await db.connect();
      try {
        await db.query(`UPDATE tenants SET timezone = 'America/New_York' WHERE id = $1`, [ny.tenantId]);
      } finally {
        await db.end();
      }
      await playWeek(ny);
      // The second store (UTC) gets only the first conversation, on the same instants.
      const tenant = other.tenantId;
      const c = conversation(tenant, 'c1', 'v1', '2026-01-05T04:30:00Z', ConversationStatus.BOT);
      publishAt(tenant, new ConversationCreatedEvent(tenant, { kind: 'system', reason: 'test' }, c), '2026-01-05T04:30:00Z');
      publishAt(tenant, new MessageCreatedEvent(tenant, { kind: 'system', reason: 'test' }, c, message(c, MessageAuthor.VISITOR, '2026-01-05T04:30:00Z')), '2026-01-05T04:30:00Z');
      await handled();
    }, 120_000);

    it("adds up a week of the store's local days exactly", async () => {
      const { timeZone, current } = await summary(ny.client, WEEK);
      expect(timeZone).toBe('America/New_York');
      expect(current).toEqual({
        conversations: 10,
        byStatus: { bot: 5, waitingForHuman: 0, assigned: 0, resolved: 5, snoozed: 0 },
        messages: { visitor: 10, bot: 6, agent: 1, total: 17 },
        handedOff: 1,
        handoffRate: 0.1,
        botAnswered: 6,
        // c1 and c9: c2 needed a person, c3 and c6 came back within 24 h about the same thing.
        botResolved: 2,
        botResolutionRate: 0.2,
        avgFirstResponseBotMs: 3000, // (2 + 4 + 1 + 6 + 3 + 2 s) / 6
        avgFirstResponseHumanMs: 150_000,
        searches: 3,
        searchesWithoutResult: 2,
        orders: 3,
        revenueMinor: 18_000,
        chatOrders: 2,
        chatRevenueMinor: 8000,
        chatAverageOrderValueMinor: 4000,
        funnel: { conversations: 10, carted: 1, ordered: 2 },
      });
    });

    it("puts events on the store's local day, not the UTC one", async () => {
      // 23:30 on Sunday in New York is already Monday in UTC: Monday alone holds only c2, its messages and the midnight search.
      const monday = (await summary(ny.client, { from: '2026-01-05', to: '2026-01-05' })).current;
      expect(monday.conversations).toBe(1);
      expect(monday.messages).toEqual({ visitor: 1, bot: 1, agent: 1, total: 3 });
      expect(monday.searches).toBe(1);
      expect(monday.orders).toBe(1);
      const sunday = (await summary(ny.client, { from: '2026-01-04', to: '2026-01-04' })).current;
      expect(sunday.conversations).toBe(1);
      expect(sunday.botResolved).toBe(1);
      expect(sunday.searches).toBe(1);
      // The second store runs on UTC: the same instant is its Monday.
      expect((await summary(other.client, { from: '2026-01-05', to: '2026-01-05' })).current.conversations).toBe(1);
      expect((await summary(other.client, { from: '2026-01-04', to: '2026-01-04' })).current.conversations).toBe(0);
    });

    it('splits into days, Monday-to-Sunday weeks and months clipped to the range', async () => {
      const days = (await ny.client.ok<{ analyticsSeries: Array<{ from: string; to: string; figures: Figures }> }>(SERIES, { range: WEEK, g: 'DAY' })).analyticsSeries;
      expect(days.map((d) => [d.from, d.figures.conversations])).toEqual([
        ['2026-01-04', 1],
        ['2026-01-05', 1],
        ['2026-01-06', 2],
        ['2026-01-07', 1],
        ['2026-01-08', 2],
        ['2026-01-09', 3],
        ['2026-01-10', 0],
      ]);
      const weeks = (await ny.client.ok<{ analyticsSeries: Array<{ from: string; to: string; figures: Figures }> }>(SERIES, { range: WEEK, g: 'WEEK' })).analyticsSeries;
      expect(weeks.map((w) => [w.from, w.to, w.figures.conversations, w.figures.orders])).toEqual([
        ['2026-01-04', '2026-01-04', 1, 0],
        ['2026-01-05', '2026-01-10', 9, 3],
      ]);
      const months = (await ny.client.ok<{ analyticsSeries: Array<{ from: string; to: string; figures: Figures }> }>(SERIES, {
        range: { from: '2025-12-20', to: '2026-02-02' },
        g: 'MONTH',
      })).analyticsSeries;
      expect(months.map((m) => [m.from, m.to, m.figures.conversations])).toEqual([
        ['2025-12-20', '2025-12-31', 0],
        ['2026-01-01', '2026-01-31', 10],
        ['2026-02-01', '2026-02-02', 0],
      ]);
    });

    it('lists top intents, searches, demand gaps and products', async () => {
      expect((await ny.client.ok<{ analyticsTopIntents: unknown[] }>(INTENTS, { range: WEEK })).analyticsTopIntents).toEqual([
        { intent: 'shipping', messages: 2 },
        { intent: 'delivery', messages: 1 },
        { intent: 'returns', messages: 1 },
        { intent: 'sizing', messages: 1 },
      ]);
      expect((await ny.client.ok<{ analyticsSearchTerms: unknown[] }>(TERMS, { range: WEEK, gaps: false })).analyticsSearchTerms).toEqual([
        { term: 'red shoes', searches: 2, misses: 2 },
        { term: 'boots', searches: 1, misses: 0 },
      ]);
      expect((await ny.client.ok<{ analyticsSearchTerms: unknown[] }>(TERMS, { range: { from: '2026-01-05', to: '2026-01-10' }, gaps: true })).analyticsSearchTerms).toEqual([
        { term: 'red shoes', searches: 1, misses: 1 },
      ]);
      expect((await ny.client.ok<{ analyticsTopProducts: unknown[] }>(PRODUCTS, { range: WEEK })).analyticsTopProducts).toEqual([
        { productId: 'p1', name: 'Trail Boot', units: 3, revenueMinor: 15_000, chatUnits: 1 },
        { productId: 'p2', name: 'Wool Sock', units: 3, revenueMinor: 3000, chatUnits: 3 },
      ]);
      // A range holding all of January reads the month's totals: the same figures.
      const wide = { from: '2025-12-20', to: '2026-02-02' };
      expect((await ny.client.ok<{ analyticsSearchTerms: unknown[] }>(TERMS, { range: wide, gaps: true })).analyticsSearchTerms).toEqual([
        { term: 'red shoes', searches: 2, misses: 2 },
      ]);
      expect((await ny.client.ok<{ analyticsTopProducts: Array<{ units: number }> }>(PRODUCTS, { range: wide })).analyticsTopProducts.map((p) => p.units)).toEqual([3, 3]);
      // Friday in New York runs until 05:00 UTC on Saturday: the 03:00 UTC question about delivery is Friday's.
      expect((await ny.client.ok<{ analyticsTopIntents: unknown[] }>(INTENTS, { range: { from: '2026-01-09', to: '2026-01-09' } })).analyticsTopIntents).toEqual([
        { intent: 'delivery', messages: 1 },
        { intent: 'shipping', messages: 1 },
        { intent: 'sizing', messages: 1 },
      ]);
      expect((await other.client.ok<{ analyticsTopIntents: unknown[] }>(INTENTS, { range: WEEK })).analyticsTopIntents).toEqual([]);
      expect((await other.client.ok<{ analyticsTopProducts: unknown[] }>(PRODUCTS, { range: WEEK })).analyticsTopProducts).toEqual([]);
    });

    it('writes a report whose every number comes from the computed figures', async () => {
      const report = (await ny.client.ok<{ generateAnalyticsReport: Report }>(GENERATE, { range: WEEK })).generateAnalyticsReport;
      expect(report).toMatchObject({ kind: 'ON_DEMAND', periodStart: WEEK.from, periodEnd: WEEK.to });
      const text = [report.title, report.narrative, ...report.recommendations.map((r) => r.text)].join('\n');

      // Each stated figure is the computed one.
      const stated = new Map(report.figures.map((f) => [f.key, f]));
      expect(stated.get('conversations')).toMatchObject({ value: 10, display: '10' });
      expect(stated.get('messages')).toMatchObject({ value: 17, display: '17' });
      expect(stated.get('bot_resolution_rate')).toMatchObject({ value: 0.2, display: '20%' });
      expect(stated.get('handoff_rate')).toMatchObject({ value: 0.1, display: '10%' });
      expect(stated.get('frt_bot')).toMatchObject({ value: 3000, display: '3.0 s' });
      expect(stated.get('frt_human')).toMatchObject({ value: 150_000, display: '2.5 min' });
      expect(stated.get('chat_revenue')).toMatchObject({ value: 8000, display: '80.00' });
      expect(stated.get('searches_without_result')).toMatchObject({ value: 2, display: '2' });
      for (const figure of report.figures) expect(text).toContain(figure.display);

      // Take out every stated figure and every quoted name from the data: no digit may be left.
      const names = ['red shoes', 'boots', 'shipping', 'returns', 'sizing', 'delivery', 'Trail Boot', 'Wool Sock'];
      let rest = text;
      for (const display of report.figures.map((f) => f.display).sort((x, y) => y.length - x.length)) rest = rest.split(display).join('');
      for (const name of names) rest = rest.split(`"${name}"`).join('');
      expect(rest).not.toMatch(/\d/);

      // Recommendations come from the demand gaps; nothing here runs out of stock, so nothing to restock.
      expect(report.recommendations).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: 'assortment', text: expect.stringContaining('"red shoes" 2 times') })]),
      );
      expect(report.recommendations.filter((r) => r.kind === 'restock')).toEqual([]);

      const listed = (await ny.client.ok<{ analyticsReports: { edges: Array<{ node: { id: string } }> } }>(REPORTS)).analyticsReports;
      expect(listed.edges.map((e) => e.node.id)).toContain(report.id);
      const theirs = (await other.client.ok<{ analyticsReports: { edges: unknown[] } }>(REPORTS)).analyticsReports;
      expect(theirs.edges).toEqual([]);
      expect(errorCode(await other.client.request(REPORT, { id: report.id }))).toBe('NOT_FOUND');
    });

    it('writes the weekly report once per store and week from the schedule', async () => {
      const scheduler = t.app.get(WeeklyReportScheduler);
      const reports = t.app.get(AnalyticsReportService);
      const ctx = TenantContext.system(ny.tenantId, 'test');
      // The schedule looks at stores active in the last two weeks; the week it writes is the last complete one.
      await reports.generateWeekly(ctx, '2026-01-05');
      const again = await reports.generateWeekly(ctx, '2026-01-05');
      const weekly = (await ny.client.ok<{ analyticsReports: { edges: Array<{ node: { id: string; kind: string; periodStart: string } }> } }>(REPORTS)).analyticsReports.edges
        .map((e) => e.node)
        .filter((r) => r.kind === 'WEEKLY');
      expect(weekly).toEqual([{ id: again.id, kind: 'WEEKLY', periodStart: '2026-01-05' }]);
      const full = (await ny.client.ok<{ analyticsReport: Report }>(REPORT, { id: again.id })).analyticsReport;
      expect(full.periodEnd).toBe('2026-01-11');
      expect(full.figures.find((f) => f.key === 'conversations')).toMatchObject({ value: 9 });

      // A sweep today enqueues last week's report for the stores active lately (the live-chat one), once.
      const lastMonday = shiftDay(mondayOf(new Date().toISOString().slice(0, 10)), -7);
      const liveCtx = TenantContext.system(liveStoreId, 'test');
      expect(await reports.hasWeekly(liveCtx, lastMonday)).toBe(false);
      expect(await scheduler.sweep()).toBeGreaterThanOrEqual(1);
      await waitUntil(() => reports.hasWeekly(liveCtx, lastMonday));
      expect(await scheduler.sweep()).toBe(0);
    });
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return shiftDay(day, -((weekday + 6) % 7));
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
