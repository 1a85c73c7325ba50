import { AnalyticsFigures, figuresFrom } from '../queries/analytics-figures';
import { ReportInput } from './report-input';
import { writeReport } from './report-narrative';
import { unstatedDigits } from './unstated-digits';

const figures = (sums: Record<string, number>): AnalyticsFigures => figuresFrom(sums as unknown as Parameters<typeof figuresFrom>[0]);

const BUSY = figures({
  conversations: 40,
  status_resolved: 20,
  handed_off: 24,
  bot_answered: 38,
  bot_resolved: 9,
  frt_bot_ms: 76_000,
  frt_bot_count: 38,
  frt_human_ms: 24 * 420_000,
  frt_human_count: 24,
  messages_visitor: 120,
  messages_bot: 90,
  messages_agent: 61,
  searches: 50,
  search_misses: 7,
  orders: 12,
  revenue_minor: 123_456,
  chat_orders: 5,
  chat_revenue_minor: 45_678,
  csat_sum: 18,
  csat_count: 4,
  sentiment_sum: -1.5,
  sentiment_count: 5,
});
const QUIET = figures({ conversations: 16, bot_answered: 16, messages_visitor: 30, messages_bot: 30, chat_orders: 2 });

function input(current: AnalyticsFigures, previous: AnalyticsFigures): ReportInput {
  return {
    period: { from: '2026-03-02', to: '2026-03-08' },
    current,
    previous,
    topIntents: [
      { intent: 'shipping_time', messages: 14 },
      { intent: 'greeting', messages: 30 },
      { intent: 'returns', messages: 2 },
    ],
    demandGaps: [{ term: 'size 44 trail shoes', searches: 6, misses: 5 }],
    topProducts: [{ productId: 'p1', name: 'Joust Duffle Bag', units: 7, revenueMinor: 34_300, chatUnits: 2 }],
    handedOffIntents: [
      { intent: 'greeting', conversations: 5 },
      { intent: 'shipping_time', conversations: 3 },
      { intent: 'returns', conversations: 1 },
    ],
    stockOuts: [
      { variantId: 'v1', productId: 'p1', sku: 'MB01', name: 'Joust Duffle Bag', available: 6, unitsPerDay: 1.5, daysLeft: 4, stockOutOn: '2026-03-13', lowStock: false },
      { variantId: 'v2', productId: 'p2', sku: 'YS02', name: 'Sprite Yoga Strap', available: 2, unitsPerDay: 0, daysLeft: null, stockOutOn: null, lowStock: true },
    ],
    // 28 days alternating 1 and 3 conversations: 2 a day on average, give or take 1.
    recentDays: Array.from({ length: 28 }, (_, i) => figures({ conversations: i % 2 ? 3 : 1 })),
  };
}

/** Every digit of the text must belong to a stated figure or to a name quoted from the data. */
function unexplainedDigits(report: ReturnType<typeof writeReport>, names: string[]): string {
  return unstatedDigits([report.title, report.narrative, ...report.recommendations.map((r) => r.text)].join('\n'), report.figures, names);
}

describe('templated report narrative', () => {
  const names = ['shipping time', 'size 44 trail shoes', 'Joust Duffle Bag', 'MB01', 'YS02'];

  it('states only computed figures, each exactly as displayed', () => {
    const report = writeReport(input(BUSY, QUIET));
    expect(unexplainedDigits(report, names)).toBe('');
    const stated = Object.fromEntries(report.figures.map((f) => [f.key, f]));
    expect(stated['conversations']).toMatchObject({ value: 40, display: '40' });
    expect(stated['conversations_change']).toMatchObject({ value: 1.5, display: '150%' });
    expect(stated['frt_bot']).toMatchObject({ value: 2000, display: '2.0 s' });
    expect(stated['chat_revenue']).toMatchObject({ value: 45_678, display: '456.78' });
    expect(report.narrative).toContain('40 conversations started (up 150% from 16), with 271 messages');
    expect(report.narrative).toContain('5 came from chat (up 150% from 2), bringing in 456.78');
    expect(report.narrative).toContain('Visitors rated 4 conversations, 4.5 out of five on average.');
    expect(report.narrative).toContain('The mood of their messages averaged -0.30 on a scale');
    expect(report.narrative).not.toMatch(/ ,|  /);
  });

  it('calls out a sharp change and a high handoff rate', () => {
    const report = writeReport(input(BUSY, QUIET));
    expect(report.narrative).toContain('Worth a look: conversations rose sharply, 40 against 16 the period before.');
    expect(report.narrative).toContain('60% of conversations needed a person');
  });

  it('calls out a daily average beyond three standard deviations of the days before, and nothing that moved less', () => {
    const report = writeReport(input(BUSY, QUIET));
    // 40 conversations in 7 days is 5.7 a day; the days before had 2 ± 1, so 5.7 is beyond 2 + 3 × 1.
    expect(report.narrative).toContain('conversations were unusually high, 5.7 a day against 2.0 usually (give or take 1.0).');
    expect(report.narrative).not.toContain('orders were unusually');
    const calm = writeReport({ ...input(figures({ conversations: 28 }), QUIET) });
    expect(calm.narrative).not.toContain('unusually');
  });

  it('recommends FAQs for recurring handed-off questions, assortment for demand gaps, restocking what runs out and more staff for slow replies', () => {
    const { recommendations } = writeReport(input(BUSY, QUIET));
    expect(recommendations).toEqual([
      { kind: 'faq', text: 'Add an FAQ answer about "shipping time": 3 conversations about it needed a person.' },
      { kind: 'assortment', text: 'People searched for "size 44 trail shoes" 5 times and found nothing: consider selling it, or add a synonym if you already do.' },
      { kind: 'restock', text: 'Restock "Joust Duffle Bag": 6 left, selling 1.5 a day, runs out around 2026-03-13.' },
      { kind: 'restock', text: 'Restock "Sprite Yoga Strap": only 2 left, below its low-stock threshold.' },
      { kind: 'staffing', text: 'Visitors waited 7.0 min on average for a person: consider more people on chat at busy times.' },
    ]);
  });

  it('says so plainly when nothing happened, without inventing a comparison', () => {
    const empty = figures({});
    const report = writeReport({ ...input(empty, empty), topIntents: [], demandGaps: [], topProducts: [], handedOffIntents: [], stockOuts: [], recentDays: [] });
    expect(report.narrative).toBe('There was no chat activity in this period, so there is nothing to compare yet.');
    expect(report.recommendations).toEqual([]);
    expect(unexplainedDigits(report, [])).toBe('');
  });

  it('finds a number the data does not hold, even next to ones it does', () => {
    const report = writeReport(input(BUSY, QUIET));
    expect(unstatedDigits('40 conversations, 456.78 from chat.', report.figures, names)).toBe('');
    expect(unstatedDigits('40 conversations, 457 from chat.', report.figures, names)).toBe('457');
    expect(unstatedDigits('Sales grew 12% year on year.', report.figures, names)).toBe('12');
  });
});
