import type { ChartConfiguration } from 'chart.js';
import { STATUS_LABELS } from '../conversations/status-filter';
import type { ConversationStatusName } from '../conversations/conversation.models';
import type { AnalyticsFigures, AnalyticsPeriod, ForecastDay, Granularity } from './analytics.models';
import { intentLabel, periodLabel } from './figure-format';

/** One palette for every chart, so a series keeps its colour from chart to chart. */
export const CHART_COLORS = {
  conversations: '#1565c0',
  revenue: '#2e7d32',
  forecast: '#66bb6a',
  visitor: '#1565c0',
  bot: '#7e57c2',
  agent: '#00897b',
  intents: '#5c6bc0',
  sentiment: '#ef8f00',
} as const;

const STATUS_COLORS: Readonly<Record<ConversationStatusName, string>> = {
  BOT: '#7e57c2',
  WAITING_FOR_HUMAN: '#ef8f00',
  ASSIGNED: '#1565c0',
  RESOLVED: '#2e7d32',
  SNOOZED: '#90a4ae',
};

/** The order the status chart lists its slices in; a clicked slice's index maps back through it. */
export const STATUS_ORDER: readonly ConversationStatusName[] = ['BOT', 'WAITING_FOR_HUMAN', 'ASSIGNED', 'RESOLVED', 'SNOOZED'];
const STATUS_FIGURE: Readonly<Record<ConversationStatusName, keyof AnalyticsFigures['byStatus']>> = {
  BOT: 'bot',
  WAITING_FOR_HUMAN: 'waitingForHuman',
  ASSIGNED: 'assigned',
  RESOLVED: 'resolved',
  SNOOZED: 'snoozed',
};

/** Days of forecast drawn after the range, enough to see where sales are heading without squeezing the history. */
const CHART_FORECAST_DAYS = 7;

const BASE_OPTIONS = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
} as const;

/**
 * Conversations (left axis) and paid revenue (right axis, in the currency) per period. By day and
 * when the range reaches today, the revenue forecast follows, dashed, for the coming week.
 */
export function trendChart(series: readonly AnalyticsPeriod[], granularity: Granularity, forecast: readonly ForecastDay[]): ChartConfiguration<'line'> {
  const monthly = granularity === 'MONTH';
  const last = series[series.length - 1]?.to;
  // Only a range that ends today (the forecast's first day, usually not over yet) runs on into the forecast, dashed from today's.
  const joint = granularity === 'DAY' ? forecast.find((d) => d.day === last) : undefined;
  const ahead = joint ? forecast.filter((d) => d.day > joint.day).slice(0, CHART_FORECAST_DAYS) : [];
  const labels = [...series.map((p) => periodLabel(p.from, monthly)), ...ahead.map((d) => periodLabel(d.day, false))];
  const padding = ahead.map(() => null);
  const revenue = series.map((p) => p.figures.revenueMinor / 100);
  const datasets: ChartConfiguration<'line'>['data']['datasets'] = [
    {
      label: 'Conversations',
      data: [...series.map((p) => p.figures.conversations), ...padding],
      borderColor: CHART_COLORS.conversations,
      backgroundColor: CHART_COLORS.conversations,
      yAxisID: 'y',
      tension: 0.25,
      pointRadius: series.length > 60 ? 0 : 3,
    },
    {
      label: 'Revenue (paid orders)',
      data: [...revenue, ...padding],
      borderColor: CHART_COLORS.revenue,
      backgroundColor: CHART_COLORS.revenue,
      yAxisID: 'revenue',
      tension: 0.25,
      pointRadius: series.length > 60 ? 0 : 3,
    },
  ];
  if (joint && ahead.length) {
    datasets.push({
      label: 'Revenue forecast',
      data: [...series.map((_, i) => (i === series.length - 1 ? joint.revenueMinor / 100 : null)), ...ahead.map((d) => d.revenueMinor / 100)],
      borderColor: CHART_COLORS.forecast,
      backgroundColor: CHART_COLORS.forecast,
      borderDash: [6, 4],
      yAxisID: 'revenue',
      pointRadius: 0,
      tension: 0.25,
    });
  }
  return {
    type: 'line',
    data: { labels, datasets },
    options: {
      ...BASE_OPTIONS,
      interaction: { mode: 'index', intersect: false },
      scales: {
        y: { beginAtZero: true, position: 'left', title: { display: true, text: 'Conversations' }, ticks: { precision: 0 } },
        revenue: { beginAtZero: true, position: 'right', title: { display: true, text: 'Revenue' }, grid: { drawOnChartArea: false } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

/** Conversations by their current status; a slice opens the conversations with that status. */
export function statusChart(byStatus: AnalyticsFigures['byStatus']): ChartConfiguration<'doughnut'> {
  return {
    type: 'doughnut',
    data: {
      labels: STATUS_ORDER.map((s) => STATUS_LABELS[s]),
      datasets: [{ data: STATUS_ORDER.map((s) => byStatus[STATUS_FIGURE[s]]), backgroundColor: STATUS_ORDER.map((s) => STATUS_COLORS[s]) }],
    },
    options: { ...BASE_OPTIONS, plugins: { legend: { position: 'right' } } },
  };
}

/** What visitors ask about most, as horizontal bars. */
export function intentsChart(intents: readonly { intent: string; messages: number }[]): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: intents.map((i) => intentLabel(i.intent)),
      datasets: [{ label: 'Messages', data: intents.map((i) => i.messages), backgroundColor: CHART_COLORS.intents }],
    },
    options: { ...BASE_OPTIONS, indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
}

/** Messages per period, stacked by who wrote them. */
export function messagesChart(series: readonly AnalyticsPeriod[], granularity: Granularity): ChartConfiguration<'bar'> {
  const labels = series.map((p) => periodLabel(p.from, granularity === 'MONTH'));
  const stack = (label: string, color: string, pick: (p: AnalyticsPeriod) => number) => ({ label, data: series.map(pick), backgroundColor: color, stack: 'messages' });
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        stack('Visitors', CHART_COLORS.visitor, (p) => p.figures.messages.visitor),
        stack('Assistant', CHART_COLORS.bot, (p) => p.figures.messages.bot),
        stack('Team', CHART_COLORS.agent, (p) => p.figures.messages.agent),
      ],
    },
    options: { ...BASE_OPTIONS, plugins: { legend: { position: 'bottom' } }, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  };
}

/** The average sentiment of visitor messages per period, on its fixed -1..1 scale; gaps where nothing was scored. */
export function sentimentChart(series: readonly AnalyticsPeriod[], granularity: Granularity): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: series.map((p) => periodLabel(p.from, granularity === 'MONTH')),
      datasets: [
        {
          label: 'Average sentiment',
          data: series.map((p) => p.figures.sentimentAverage),
          borderColor: CHART_COLORS.sentiment,
          backgroundColor: CHART_COLORS.sentiment,
          spanGaps: true,
          tension: 0.25,
          pointRadius: series.length > 60 ? 0 : 3,
        },
      ],
    },
    options: { ...BASE_OPTIONS, plugins: { legend: { display: false } }, scales: { y: { min: -1, max: 1, title: { display: true, text: 'upset ← → happy' } } } },
  };
}
