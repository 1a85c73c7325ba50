import { ConversationStatus } from '@shopdesk/shared';
import { AnalyticsIngestService } from '../src/modules/analytics/ingest/analytics-ingest.service';
import { AssistantTurnCompletedEvent } from '../src/modules/assistant/turn/assistant-turn-events';
import { ConversationCreatedEvent, ConversationSnapshot, ConversationStatusChangedEvent } from '../src/modules/conversations/conversation-events';
import { InventoryService } from '../src/modules/inventory/inventory.service';
import { OrderStatus } from '../src/modules/orders/entities/order-status';
import { OrderPlacedEvent, OrderStatusChangedEvent, PlacedOrderLine } from '../src/modules/orders/order-events';
import { TenantContext } from '../src/platform/context/tenant-context';
import { DomainEvent } from '../src/platform/events/domain-event';
import { EventBus } from '../src/platform/events/event-bus';
import { FakeOpenAiServer } from './support/fake-openai-server';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const FIGURES = `conversations handedOff orders revenueMinor chatOrders chatRevenueMinor chatAverageOrderValueMinor funnel { conversations carted ordered }
  csatAverage csatResponses sentimentAverage sentimentScored`;
const SUMMARY = `query($range: AnalyticsRangeInput!) { analyticsSummary(range: $range) { current { ${FIGURES} } } }`;
const INTENTS = `query($range: AnalyticsRangeInput!) { analyticsTopIntents(range: $range) { intent messages } }`;
const TERMS = `query($range: AnalyticsRangeInput!, $gaps: Boolean) { analyticsSearchTerms(range: $range, withoutResultsOnly: $gaps) { term searches misses } }`;
const PRODUCTS = `query($range: AnalyticsRangeInput!) { analyticsTopProducts(range: $range) { productId name units revenueMinor chatUnits } }`;
const GAPS = `query($range: AnalyticsRangeInput!) { analyticsDemandGaps(range: $range) { term searches misses lastMissedOn } }`;
const STOCK_OUTS = `query { analyticsStockOutPredictions { variantId productId sku name available unitsPerDay daysLeft stockOutOn lowStock } }`;
const FORECAST = `query($days: Int!) { analyticsSalesForecast(horizonDays: $days) { method historyFrom historyTo days { day orders revenueMinor } orders revenueMinor } }`;
const GENERATE = `mutation($range: AnalyticsRangeInput) { generateAnalyticsReport(range: $range) { narrative narratedBy figures { key display } recommendations { kind text } } }`;

interface Figures {
  conversations: number;
  handedOff: number;
  orders: number;
  revenueMinor: number;
  chatOrders: number;
  chatRevenueMinor: number;
  chatAverageOrderValueMinor: number | null;
  funnel: { conversations: number; carted: number; ordered: number };
  csatAverage: number | null;
  csatResponses: number;
  sentimentAverage: number | null;
  sentimentScored: number;
}
interface Report {
  narrative: string;
  narratedBy: string;
  figures: Array<{ key: string; display: string }>;
  recommendations: Array<{ kind: string; text: string }>;
}

const actor = { kind: 'system', reason: 'test' } as const;
const today = new Date().toISOString().slice(0, 10);
const RANGE = { from: shiftDay(today, -2), to: today };
const noonOf = (day: string) => `${day}T12:00:00Z`;

describe('analytics: orders, assistant turns, stock-outs, forecasts and model-written reports', () => {
  let t: TestApp;
  let bus: EventBus;
  const model = new FakeOpenAiServer();
  let shop: SignedUpStore;
  let other: SignedUpStore;
  let steady: SignedUpStore;
  const c1 = crypto.randomUUID();
  const c2 = crypto.randomUUID();
  const boot = crypto.randomUUID();
  const sock = crypto.randomUUID();
  const strap = crypto.randomUUID();

  const publishAt = (tenantId: string, event: DomainEvent, at: string) => {
    Object.defineProperty(event, 'occurredAt', { value: new Date(at) });
    bus.publish(TenantContext.system(tenantId, 'test'), event);
  };
  const handled = async () => {
    await bus.idle();
    await bus.idle();
  };
  const line = (variantId: string, name: string, quantity: number, unitPriceCents: number): PlacedOrderLine => ({
    productId: `p-${name.toLowerCase().replace(/ /g, '-')}`,
    variantId,
    sku: name.slice(0, 4).toUpperCase(),
    name,
    quantity,
    unitPriceCents,
  });
  const place = (tenantId: string, orderId: string, at: string, conversationId: string | null, lines: PlacedOrderLine[]) => {
    const total = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0);
    publishAt(tenantId, new OrderPlacedEvent(tenantId, actor, orderId, orderId.slice(0, 8), total, 'EUR', conversationId, null, 'widget', lines), at);
  };
  const move = (tenantId: string, orderId: string, from: OrderStatus, to: OrderStatus, at: string) =>
    publishAt(tenantId, new OrderStatusChangedEvent(tenantId, actor, orderId, orderId.slice(0, 8), from, to), at);
  const snapshot = (id: string, status: ConversationStatus, csatScore: number | null): ConversationSnapshot => ({
    id,
    visitorId: id,
    status,
    assignedTo: null,
    assignedName: null,
    snoozedUntil: null,
    csatScore,
    csatComment: null,
    lastSeq: 0,
    visitorReadSeq: 0,
    staffReadSeq: 0,
    unreadForStaff: 0,
    unreadForVisitor: 0,
    createdAt: noonOf(shiftDay(today, -1)),
    lastMessageAt: noonOf(shiftDay(today, -1)),
    lastMessagePreview: null,
  });
  const turn = (tenantId: string, conversationId: string, intent: string, sentiment: number, searches: Array<{ query: string; resultCount: number }>, addedToCart: boolean) =>
    publishAt(
      tenantId,
      new AssistantTurnCompletedEvent(tenantId, actor, conversationId, crypto.randomUUID(), intent, 0.9, sentiment, [], searches, addedToCart),
      noonOf(shiftDay(today, -1)).replace('12:00', '12:05'),
    );

  beforeAll(async () => {
    await model.start();
    t = await startTestApp({ env: { OPENAI_BASE_URL: model.url, OPENAI_API_KEY: 'sk-test' } });
    bus = t.app.get(EventBus);
    shop = await signUpStore(t.client(), 'Sales Store');
    other = await signUpStore(t.client(), 'Other Sales Store');
    steady = await signUpStore(t.client(), 'Steady Store');
    const yesterday = noonOf(shiftDay(today, -1));
    const later = (minutes: number) => new Date(Date.parse(yesterday) + minutes * 60_000).toISOString();

    // Two conversations yesterday: c1 ends in a paid order, c2 is handed to a person.
    for (const id of [c1, c2]) publishAt(shop.tenantId, new ConversationCreatedEvent(shop.tenantId, actor, snapshot(id, ConversationStatus.BOT, null)), yesterday);
    await handled();
    turn(shop.tenantId, c1, 'product_search', 0.5, [{ query: 'Trail Boots', resultCount: 3 }], true);
    turn(shop.tenantId, c1, 'shipping_time', 0.1, [], false);
    turn(shop.tenantId, c2, 'shipping_time', -0.3, [{ query: 'vegan boots', resultCount: 0 }, { query: 'Vegan  Boots', resultCount: 0 }], false);
    publishAt(shop.tenantId, new ConversationStatusChangedEvent(shop.tenantId, actor, snapshot(c2, ConversationStatus.WAITING_FOR_HUMAN, null), ConversationStatus.BOT), later(10));
    await handled();
    // Both are resolved, then rated 4 and 2 (the rating arrives with a later snapshot).
    publishAt(shop.tenantId, new ConversationStatusChangedEvent(shop.tenantId, actor, snapshot(c1, ConversationStatus.RESOLVED, null), ConversationStatus.BOT), later(20));
    publishAt(shop.tenantId, new ConversationStatusChangedEvent(shop.tenantId, actor, snapshot(c2, ConversationStatus.RESOLVED, null), ConversationStatus.WAITING_FOR_HUMAN), later(21));
    await handled();
    publishAt(shop.tenantId, new ConversationStatusChangedEvent(shop.tenantId, actor, snapshot(c1, ConversationStatus.RESOLVED, 4), ConversationStatus.RESOLVED), later(30));
    publishAt(shop.tenantId, new ConversationStatusChangedEvent(shop.tenantId, actor, snapshot(c2, ConversationStatus.RESOLVED, 2), ConversationStatus.RESOLVED), later(31));
    await handled();

    // o1 (from c1) is paid, and the payment is reported twice; o2 is paid then refunded; o3 is cancelled unpaid; o4 waits for payment.
    place(shop.tenantId, 'o1', later(40), c1, [line(boot, 'Trail Boot', 2, 2000)]);
    move(shop.tenantId, 'o1', OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, later(41));
    move(shop.tenantId, 'o1', OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, later(41));
    place(shop.tenantId, 'o2', later(42), null, [line(sock, 'Wool Sock', 1, 3000)]);
    move(shop.tenantId, 'o2', OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, later(43));
    move(shop.tenantId, 'o2', OrderStatus.PAID, OrderStatus.REFUNDED, later(44));
    place(shop.tenantId, 'o3', later(45), c2, [line(boot, 'Trail Boot', 1, 5000)]);
    move(shop.tenantId, 'o3', OrderStatus.AWAITING_PAYMENT, OrderStatus.CANCELLED, later(46));
    place(shop.tenantId, 'o4', later(47), c2, [line(boot, 'Trail Boot', 1, 2500)]);
    // Ten days ago, 12 more boots were paid for: 14 sold in the last 28 days, half a boot a day.
    place(shop.tenantId, 'o5', noonOf(shiftDay(today, -10)), null, [line(boot, 'Trail Boot', 12, 1000)]);
    move(shop.tenantId, 'o5', OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, noonOf(shiftDay(today, -10)));
    await handled();

    // 6 boots left; the yoga strap never sold but is below its threshold of 5.
    const inventory = t.app.get(InventoryService);
    const ctx = TenantContext.system(shop.tenantId, 'test');
    await inventory.setOnHandMany(ctx, [{ variantId: boot, onHand: 6 }, { variantId: strap, onHand: 3 }], 'test');
    await inventory.setThreshold(ctx, strap, undefined, 5);

    // The other store sells 100 of a variant with the same id, chats, searches and rates: none of it may show above.
    place(other.tenantId, 'o1', yesterday, null, [line(boot, 'Trail Boot', 100, 100)]);
    move(other.tenantId, 'o1', OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, yesterday);
    publishAt(other.tenantId, new ConversationCreatedEvent(other.tenantId, actor, snapshot(c1, ConversationStatus.RESOLVED, 5)), yesterday);
    turn(other.tenantId, c1, 'returns', -1, [{ query: 'vegan boots', resultCount: 0 }], true);
    await handled();

    // A store that sold one order of 10.00 every day for the last 56 days.
    const ingest = t.app.get(AnalyticsIngestService);
    const steadyCtx = TenantContext.system(steady.tenantId, 'test');
    for (let i = 1; i <= 56; i++) {
      await ingest.orderPlaced(steadyCtx, { orderId: `s${i}`, placedAt: new Date(noonOf(shiftDay(today, -i))), totalMinor: 1000, items: [] });
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await model.close();
  }, 30_000);

  it('counts paid orders only, once, and takes refunded ones back out of revenue, the funnel and products', async () => {
    const { current } = (await shop.client.ok<{ analyticsSummary: { current: Figures } }>(SUMMARY, { range: RANGE })).analyticsSummary;
    expect(current).toMatchObject({
      conversations: 2,
      handedOff: 1,
      orders: 1,
      revenueMinor: 4000,
      chatOrders: 1,
      chatRevenueMinor: 4000,
      chatAverageOrderValueMinor: 4000,
      funnel: { conversations: 2, carted: 1, ordered: 1 },
    });
    expect((await shop.client.ok<{ analyticsTopProducts: unknown[] }>(PRODUCTS, { range: RANGE })).analyticsTopProducts).toEqual([
      { productId: 'p-trail-boot', name: 'Trail Boot', units: 2, revenueMinor: 4000, chatUnits: 2 },
    ]);
  });

  it('averages CSAT ratings and the sentiment of visitor messages', async () => {
    const { current } = (await shop.client.ok<{ analyticsSummary: { current: Figures } }>(SUMMARY, { range: RANGE })).analyticsSummary;
    // Ratings 4 and 2; sentiments 0.5, 0.1 and -0.3.
    expect(current.csatAverage).toBe(3);
    expect(current.csatResponses).toBe(2);
    expect(current.sentimentAverage).toBeCloseTo(0.1, 10);
    expect(current.sentimentScored).toBe(3);
  });

  it('lists the intents and searches of assistant turns, with searches that found nothing as demand gaps', async () => {
    expect((await shop.client.ok<{ analyticsTopIntents: unknown[] }>(INTENTS, { range: RANGE })).analyticsTopIntents).toEqual([
      { intent: 'shipping_time', messages: 2 },
      { intent: 'product_search', messages: 1 },
    ]);
    expect((await shop.client.ok<{ analyticsSearchTerms: unknown[] }>(TERMS, { range: RANGE, gaps: false })).analyticsSearchTerms).toEqual([
      { term: 'vegan boots', searches: 2, misses: 2 },
      { term: 'trail boots', searches: 1, misses: 0 },
    ]);
    expect((await shop.client.ok<{ analyticsSearchTerms: unknown[] }>(TERMS, { range: RANGE, gaps: true })).analyticsSearchTerms).toEqual([
      { term: 'vegan boots', searches: 2, misses: 2 },
    ]);
    expect((await shop.client.ok<{ analyticsDemandGaps: unknown[] }>(GAPS, { range: RANGE })).analyticsDemandGaps).toEqual([
      { term: 'vegan boots', searches: 2, misses: 2, lastMissedOn: shiftDay(today, -1) },
    ]);
    // The other store searched for the same thing: its miss is not ours, and ours is not theirs.
    expect((await other.client.ok<{ analyticsDemandGaps: unknown[] }>(GAPS, { range: RANGE })).analyticsDemandGaps).toEqual([
      { term: 'vegan boots', searches: 1, misses: 1, lastMissedOn: shiftDay(today, -1) },
    ]);
  });

  it('predicts the stock-out day from the average daily sales of the last 28 days', async () => {
    const predictions = (await shop.client.ok<{ analyticsStockOutPredictions: unknown[] }>(STOCK_OUTS)).analyticsStockOutPredictions;
    // 14 boots in 28 days is 0.5 a day: 6 boots last 12 days.
    expect(predictions).toEqual([
      { variantId: boot, productId: 'p-trail-boot', sku: 'TRAI', name: 'Trail Boot', available: 6, unitsPerDay: 0.5, daysLeft: 12, stockOutOn: shiftDay(today, 12), lowStock: false },
      { variantId: strap, productId: null, sku: null, name: null, available: 3, unitsPerDay: 0, daysLeft: null, stockOutOn: null, lowStock: true },
    ]);
    // The other store sees its own 100 sales (and none of the first store's stock): out of stock today.
    expect((await other.client.ok<{ analyticsStockOutPredictions: unknown[] }>(STOCK_OUTS)).analyticsStockOutPredictions).toEqual([
      { variantId: boot, productId: 'p-trail-boot', sku: 'TRAI', name: 'Trail Boot', available: 0, unitsPerDay: 100 / 28, daysLeft: 0, stockOutOn: today, lowStock: false },
    ]);
  });

  it("forecasts the coming days' sales with Holt's linear smoothing", async () => {
    const forecast = (await steady.client.ok<{ analyticsSalesForecast: { method: string; historyFrom: string; historyTo: string; days: unknown[]; orders: number; revenueMinor: number } }>(FORECAST, { days: 7 }))
      .analyticsSalesForecast;
    expect(forecast.method).toContain("Holt's linear smoothing");
    expect([forecast.historyFrom, forecast.historyTo]).toEqual([shiftDay(today, -56), shiftDay(today, -1)]);
    // A flat history has level 1000 and no trend: 10.00 a day.
    expect(forecast.days).toEqual(Array.from({ length: 7 }, (_, i) => ({ day: shiftDay(today, i), orders: 1, revenueMinor: 1000 })));
    expect([forecast.orders, forecast.revenueMinor]).toEqual([7, 7000]);
    const month = (await steady.client.ok<{ analyticsSalesForecast: { days: unknown[]; revenueMinor: number } }>(FORECAST, { days: 30 })).analyticsSalesForecast;
    expect([month.days.length, month.revenueMinor]).toEqual([30, 30_000]);
  });

  it('lets the model write the narrative from the figures, and replaces a narrative that states a number not in them', async () => {
    model.reset();
    // A model that keeps to the data: it copies displays from the figures it is sent.
    model.fallback = (body) => {
      const data = JSON.parse(body.messages[body.messages.length - 1].content ?? '{}') as { figures: Array<{ label: string; display: string }> };
      const shown = (label: string) => data.figures.find((f) => f.label === label)!.display;
      return { kind: 'text', text: `Chat brought in ${shown('Revenue from chat')} from ${shown('Orders from chat')} order. Visitors rated their chats ${shown('Average rating (CSAT, 1 to 5)')} on average.` };
    };
    const faithful = (await shop.client.ok<{ generateAnalyticsReport: Report }>(GENERATE, { range: RANGE })).generateAnalyticsReport;
    expect(faithful.narratedBy).toBe('model');
    expect(faithful.narrative).toBe('Chat brought in 40.00 from 1 order. Visitors rated their chats 3.0 on average.');
    const sent = model.requests[0].body.messages.map((m) => m.content).join('\n');
    expect(sent).toContain('"display":"40.00"');
    expect(sent).toContain('"vegan boots"');
    // Restock what runs out within two weeks, sell what people search for in vain.
    expect(faithful.recommendations).toEqual(
      expect.arrayContaining([
        { kind: 'restock', text: `Restock "Trail Boot": 6 left, selling 0.5 a day, runs out around ${shiftDay(today, 12)}.` },
        expect.objectContaining({ kind: 'assortment', text: expect.stringContaining('"vegan boots" 2 times') }),
      ]),
    );

    // 37% is not among the figures: the templated narrative is stored instead.
    model.script({ kind: 'text', text: 'Revenue from chat grew 37% to 40.00 this week.' });
    const invented = (await shop.client.ok<{ generateAnalyticsReport: Report }>(GENERATE, { range: RANGE })).generateAnalyticsReport;
    expect(invented.narratedBy).toBe('template');
    expect(invented.narrative).not.toContain('37');
    expect(invented.narrative).toContain('2 conversations started');
    expect(invented.narrative).toContain('1 orders were placed; 1 came from chat, bringing in 40.00');

    // A model that fails leaves the template too.
    model.script({ kind: 'status', status: 500 });
    const failed = (await shop.client.ok<{ generateAnalyticsReport: Report }>(GENERATE, { range: RANGE })).generateAnalyticsReport;
    expect([failed.narratedBy, failed.narrative]).toEqual(['template', invented.narrative]);
  });
});

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
