import { AnalyticsFigures, figuresFrom } from '../queries/analytics-figures';
import { ReportInput } from './report-input';
import { writeReport } from './report-narrative';

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
  };
}

/** Every digit of the text must belong to a stated figure or to a name quoted from the data. */
function unexplainedDigits(report: ReturnType<typeof writeReport>, names: string[]): string {
  let rest = [report.title, report.narrative, ...report.recommendations.map((r) => r.text)].join('\n');
  for (const display of report.figures.map((f) => f.display).sort((a, b) => b.length - a.length)) rest = rest.split(display).join('');
  for (const name of names) rest = rest.split(`"${name}"`).join('');
  return rest.replace(/[^0-9]/g, '');
}

describe('templated report narrative', () => {
  const names = ['shipping time', 'size 44 trail shoes', 'Joust Duffle Bag'];

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
    expect(report.narrative).not.toMatch(/ ,|  /);
  });

  it('calls out a sharp change and a high handoff rate', () => {
    const report = writeReport(input(BUSY, QUIET));
    expect(report.narrative).toContain('Worth a look: conversations rose sharply, 40 against 16 the period before.');
    expect(report.narrative).toContain('60% of conversations needed a person');
  });

  it('recommends FAQs for real questions only, assortment for demand gaps, stock for sellers and more staff for slow replies', () => {
    const { recommendations } = writeReport(input(BUSY, QUIET));
    expect(recommendations).toEqual([
      { kind: 'faq', text: 'Add an FAQ answer about "shipping time": visitors asked about it 14 times.' },
      { kind: 'assortment', text: 'People searched for "size 44 trail shoes" 5 times and found nothing: consider selling it, or add a synonym if you already do.' },
      { kind: 'restock', text: '"Joust Duffle Bag" sold 7 units: check its stock covers the coming weeks.' },
      { kind: 'staffing', text: 'Visitors waited 7.0 min on average for a person: consider more people on chat at busy times.' },
    ]);
  });

  it('says so plainly when nothing happened, without inventing a comparison', () => {
    const empty = figures({});
    const report = writeReport({ ...input(empty, empty), topIntents: [], demandGaps: [], topProducts: [] });
    expect(report.narrative).toBe('There was no chat activity in this period, so there is nothing to compare yet.');
    expect(report.recommendations).toEqual([]);
    expect(unexplainedDigits(report, [])).toBe('');
  });
});
