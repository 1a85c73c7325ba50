import type { AnalyticsPeriod, ForecastDay } from './analytics.models';
import { STATUS_ORDER, statusChart, trendChart } from './dashboard-charts';

const period = (day: string, conversations: number, revenueMinor: number): AnalyticsPeriod => ({
  from: day,
  to: day,
  figures: { conversations, handedOff: 0, botResolved: 0, orders: 1, revenueMinor, sentimentAverage: null, messages: { visitor: 0, bot: 0, agent: 0 } },
});
const FORECAST: ForecastDay[] = ['2026-03-10', '2026-03-11', '2026-03-12'].map((day, i) => ({ day, orders: 1, revenueMinor: 1000 * (i + 1) }));

describe('dashboard charts', () => {
  it('continues a range that ends today with the revenue forecast, dashed from today', () => {
    const chart = trendChart([period('2026-03-09', 4, 500), period('2026-03-10', 2, 100)], 'DAY', FORECAST);
    expect(chart.data.labels).toEqual(['9 Mar', '10 Mar', '11 Mar', '12 Mar']);
    const [conversations, revenue, forecast] = chart.data.datasets;
    expect(conversations.data).toEqual([4, 2, null, null]);
    expect(revenue.data).toEqual([5, 1, null, null]);
    expect(forecast.data).toEqual([null, 10, 20, 30]);
    expect(forecast.borderDash).toEqual([6, 4]);
  });

  it('draws no forecast for a range in the past or by week', () => {
    expect(trendChart([period('2026-03-01', 4, 500)], 'DAY', FORECAST).data.datasets).toHaveLength(2);
    expect(trendChart([period('2026-03-10', 4, 500)], 'WEEK', FORECAST).data.datasets).toHaveLength(2);
  });

  it('lists statuses in the order a clicked slice maps back through', () => {
    const chart = statusChart({ bot: 1, waitingForHuman: 2, assigned: 3, resolved: 4, snoozed: 5 });
    expect(STATUS_ORDER).toEqual(['BOT', 'WAITING_FOR_HUMAN', 'ASSIGNED', 'RESOLVED', 'SNOOZED']);
    expect(chart.data.datasets[0].data).toEqual([1, 2, 3, 4, 5]);
    expect(chart.data.labels).toEqual(['With assistant', 'Waiting for agent', 'Assigned', 'Resolved', 'Snoozed']);
  });
});
