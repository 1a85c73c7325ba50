import { ReportRecommendation } from '../entities/analytics-report.entity';
import { daysBetween } from '../local-day';
import { AnalyticsFigures } from '../queries/analytics-figures';
import { spreadOf } from '../queries/forecasting';
import { ReportFigure } from './report-figure';
import { ReportInput } from './report-input';

export interface WrittenReport {
  title: string;
  narrative: string;
  figures: ReportFigure[];
  recommendations: ReportRecommendation[];
}

/** A change this large between two periods, on enough volume to mean something, is called out. */
const ANOMALY_CHANGE = 0.5;
const ANOMALY_MIN_VOLUME = 10;
const HIGH_HANDOFF_RATE = 0.5;
const SLOW_HUMAN_RESPONSE_MS = 5 * 60_000;
/** Conversations about one intent that needed a person before it is worth an FAQ answer. */
const FAQ_MIN_HANDOFFS = 2;
/** A daily average this many times the recent days' standard deviation away from their mean is an anomaly. */
export const ANOMALY_SPREADS = 3;
/** Fewer recent days than this tell too little about what is usual. */
const ANOMALY_MIN_DAYS = 7;
/**
 * Intents an FAQ cannot answer: small talk, asking for a person, and shopping actions the assistant
 * performs (searching, comparing, the cart). Names follow the assistant's intent set.
 */
const NOT_FAQ_MATERIAL = new Set([
  'greeting',
  'goodbye',
  'thanks',
  'out_of_scope',
  'contact_human_agent',
  'complaint',
  'product_search',
  'recommendation',
  'compare_products',
  'check_stock',
  'add_to_cart',
  'view_cart',
  'checkout',
]);

export const formatCount = (n: number) => String(n);
export const formatPercent = (rate: number) => `${Math.round(rate * 100)}%`;
export const formatMoney = (minor: number) => (minor / 100).toFixed(2);
export const formatDecimal = (n: number, digits = 1) => n.toFixed(digits);
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

/**
 * Writes a report from computed figures with templates. Every number in the text is the display of a
 * figure in `figures` (registered through `quote`), so a reader can trace each one to the data and
 * nothing is ever made up.
 */
export function writeReport(input: ReportInput): WrittenReport {
  const figures = new Map<string, ReportFigure>();
  const quote = (key: string, label: string, value: number | null, display: string): string => {
    figures.set(key, { key, label, value, display });
    return display;
  };
  const count = (key: string, label: string, value: number) => quote(key, label, value, formatCount(value));
  const { current: now, previous: before, period } = input;

  const from = quote('period_from', 'First day', null, period.from);
  const to = quote('period_to', 'Last day', null, period.to);
  const title = `Store report ${from} – ${to}`;
  const paragraphs: string[] = [];

  if (now.conversations === 0 && now.messages.total === 0 && now.orders === 0) {
    paragraphs.push('There was no chat activity in this period, so there is nothing to compare yet.');
  } else {
    paragraphs.push(
      `${count('conversations', 'Conversations', now.conversations)} conversations started` +
        `${change('conversations', now.conversations, before.conversations, quote)}, with ${count('messages', 'Messages', now.messages.total)} messages ` +
        `(${count('messages_visitor', 'Visitor messages', now.messages.visitor)} from visitors, ${count('messages_bot', 'Bot messages', now.messages.bot)} from the assistant, ` +
        `${count('messages_agent', 'Agent messages', now.messages.agent)} from your team).`,
    );
    const service: string[] = [];
    if (now.botResolutionRate !== null) {
      service.push(
        `The assistant resolved ${count('bot_resolved', 'Resolved by the bot', now.botResolved)} of them on its own ` +
          `(${quote('bot_resolution_rate', 'Bot resolution rate', now.botResolutionRate, formatPercent(now.botResolutionRate))}).`,
      );
    }
    if (now.handoffRate !== null) {
      service.push(
        `${count('handed_off', 'Handed off', now.handedOff)} needed a person ` +
          `(handoff rate ${quote('handoff_rate', 'Handoff rate', now.handoffRate, formatPercent(now.handoffRate))}).`,
      );
    }
    if (now.avgFirstResponseBotMs !== null) {
      service.push(
        `The assistant answered first in ${quote('frt_bot', 'Average first response (bot)', now.avgFirstResponseBotMs, formatDuration(now.avgFirstResponseBotMs))} on average`,
      );
      service[service.length - 1] +=
        now.avgFirstResponseHumanMs !== null
          ? `, your team in ${quote('frt_human', 'Average first response (human)', now.avgFirstResponseHumanMs, formatDuration(now.avgFirstResponseHumanMs))}.`
          : '.';
    } else if (now.avgFirstResponseHumanMs !== null) {
      service.push(
        `Your team answered first in ${quote('frt_human', 'Average first response (human)', now.avgFirstResponseHumanMs, formatDuration(now.avgFirstResponseHumanMs))} on average.`,
      );
    }
    if (service.length) paragraphs.push(service.join(' '));
    if (now.orders > 0) {
      const aov =
        now.chatAverageOrderValueMinor !== null
          ? `, an average order value of ${quote('chat_aov', 'Average order value from chat', now.chatAverageOrderValueMinor, formatMoney(now.chatAverageOrderValueMinor))}`
          : '';
      paragraphs.push(
        `${count('orders', 'Orders', now.orders)} orders were placed; ${count('chat_orders', 'Orders from chat', now.chatOrders)} came from chat` +
          `${change('chat_orders', now.chatOrders, before.chatOrders, quote)}, bringing in ${quote('chat_revenue', 'Revenue from chat', now.chatRevenueMinor, formatMoney(now.chatRevenueMinor))}${aov}.`,
      );
    }
    const mood: string[] = [];
    if (now.csatAverage !== null) {
      mood.push(
        `Visitors rated ${count('csat_responses', 'Rated conversations', now.csatResponses)} conversations, ` +
          `${quote('csat_average', 'Average rating (CSAT, 1 to 5)', now.csatAverage, formatDecimal(now.csatAverage))} out of five on average.`,
      );
    }
    if (now.sentimentAverage !== null) {
      mood.push(
        `The mood of their messages averaged ${quote('sentiment_average', 'Average sentiment (-1 to 1)', now.sentimentAverage, formatDecimal(now.sentimentAverage, 2))} ` +
          `on a scale from minus one (upset) to one (happy).`,
      );
    }
    if (mood.length) paragraphs.push(mood.join(' '));
    if (now.searches > 0) {
      paragraphs.push(
        `Visitors searched ${count('searches', 'Searches', now.searches)} times; ${count('searches_without_result', 'Searches without result', now.searchesWithoutResult)} found nothing.`,
      );
    }
  }

  const anomalies = findAnomalies(input, quote);
  if (anomalies.length) paragraphs.push(`Worth a look: ${anomalies.join(' ')}`);

  const recommendations = recommend(input, quote);
  return { title, narrative: paragraphs.join('\n\n'), figures: [...figures.values()], recommendations };
}

type Quote = (key: string, label: string, value: number | null, display: string) => string;

/** " (up 50% from 8)", " (unchanged…)", or "" when there is nothing to compare with. */
function change(key: string, now: number, before: number, quote: Quote): string {
  if (before === 0) return '';
  if (now === before) return ' (unchanged from the period before)';
  const rate = (now - before) / before;
  const pct = quote(`${key}_change`, `Change in ${key.replace(/_/g, ' ')}`, rate, formatPercent(Math.abs(rate)));
  const prev = quote(`${key}_previous`, `${key.replace(/_/g, ' ')} in the period before`, before, formatCount(before));
  return ` (${rate > 0 ? 'up' : 'down'} ${pct} from ${prev})`;
}

function findAnomalies(input: ReportInput, quote: Quote): string[] {
  const { current: now, previous: before } = input;
  const found: string[] = [];
  if (Math.max(now.conversations, before.conversations) >= ANOMALY_MIN_VOLUME && before.conversations > 0) {
    const rate = (now.conversations - before.conversations) / before.conversations;
    if (Math.abs(rate) >= ANOMALY_CHANGE) {
      found.push(
        `conversations ${rate > 0 ? 'rose' : 'fell'} sharply, ${quote('conversations', 'Conversations', now.conversations, formatCount(now.conversations))} ` +
          `against ${quote('conversations_previous', 'conversations in the period before', before.conversations, formatCount(before.conversations))} the period before.`,
      );
    }
  }
  if (now.handoffRate !== null && now.handoffRate >= HIGH_HANDOFF_RATE && now.conversations >= ANOMALY_MIN_VOLUME) {
    found.push(`${quote('handoff_rate', 'Handoff rate', now.handoffRate, formatPercent(now.handoffRate))} of conversations needed a person, which is high for an assistant.`);
  }
  return [...found, ...unusualDays(input, quote)];
}

/** Metrics whose daily average in the period lies more than ANOMALY_SPREADS standard deviations from the recent days' mean. */
const WATCHED: ReadonlyArray<{ key: string; label: string; value: (f: AnalyticsFigures) => number; format: (n: number) => string }> = [
  { key: 'conversations', label: 'conversations', value: (f) => f.conversations, format: (n) => formatDecimal(n) },
  { key: 'handed_off', label: 'handoffs', value: (f) => f.handedOff, format: (n) => formatDecimal(n) },
  { key: 'orders', label: 'orders', value: (f) => f.orders, format: (n) => formatDecimal(n) },
  { key: 'chat_revenue', label: 'revenue from chat', value: (f) => f.chatRevenueMinor, format: formatMoney },
  { key: 'searches_without_result', label: 'searches without result', value: (f) => f.searchesWithoutResult, format: (n) => formatDecimal(n) },
];

function unusualDays(input: ReportInput, quote: Quote): string[] {
  if (input.recentDays.length < ANOMALY_MIN_DAYS) return [];
  const days = daysBetween(input.period.from, input.period.to) + 1;
  return WATCHED.flatMap((metric) => {
    const { mean, deviation } = spreadOf(input.recentDays.map(metric.value));
    const daily = metric.value(input.current) / days;
    if (deviation === 0 || Math.abs(daily - mean) <= ANOMALY_SPREADS * deviation) return [];
    const now = quote(`${metric.key}_per_day`, `${metric.label} per day`, daily, metric.format(daily));
    const usual = quote(`${metric.key}_usual_per_day`, `${metric.label} per day in the days before`, mean, metric.format(mean));
    const spread = quote(`${metric.key}_usual_spread`, `Standard deviation of ${metric.label} per day in the days before`, deviation, metric.format(deviation));
    return [`${metric.label} were unusually ${daily > mean ? 'high' : 'low'}, ${now} a day against ${usual} usually (give or take ${spread}).`];
  });
}

function recommend(input: ReportInput, quote: Quote): ReportRecommendation[] {
  const out: ReportRecommendation[] = [];
  const { current: now } = input;
  input.handedOffIntents
    .filter((i) => i.conversations >= FAQ_MIN_HANDOFFS && !NOT_FAQ_MATERIAL.has(i.intent))
    .slice(0, 3)
    .forEach((i, n) => {
      const times = quote(`faq_${n + 1}_handoffs`, `Conversations about ${i.intent} a person had to answer`, i.conversations, formatCount(i.conversations));
      out.push({
        kind: 'faq',
        text: `Add an FAQ answer about "${i.intent.replace(/_/g, ' ')}": ${times} conversations about it needed a person.`,
      });
    });
  input.demandGaps.slice(0, 3).forEach((gap, n) => {
    const times = quote(`gap_${n + 1}_misses`, `Searches for "${gap.term}" without result`, gap.misses, formatCount(gap.misses));
    out.push({
      kind: 'assortment',
      text: `People searched for "${gap.term}" ${times} times and found nothing: consider selling it, or add a synonym if you already do.`,
    });
  });
  input.stockOuts.slice(0, 3).forEach((item, n) => {
    const name = item.name ?? item.sku ?? item.variantId;
    const left = quote(`restock_${n + 1}_available`, `Units of ${name} available`, item.available, formatCount(item.available));
    if (item.stockOutOn === null) {
      out.push({ kind: 'restock', text: `Restock "${name}": only ${left} left, below its low-stock threshold.` });
      return;
    }
    const rate = quote(`restock_${n + 1}_per_day`, `Units of ${name} sold per day`, item.unitsPerDay, formatDecimal(item.unitsPerDay));
    const on = quote(`restock_${n + 1}_stock_out`, `Predicted stock-out of ${name}`, null, item.stockOutOn);
    out.push({ kind: 'restock', text: `Restock "${name}": ${left} left, selling ${rate} a day, runs out around ${on}.` });
  });
  if (now.avgFirstResponseHumanMs !== null && now.avgFirstResponseHumanMs >= SLOW_HUMAN_RESPONSE_MS) {
    const wait = quote('frt_human', 'Average first response (human)', now.avgFirstResponseHumanMs, formatDuration(now.avgFirstResponseHumanMs));
    out.push({ kind: 'staffing', text: `Visitors waited ${wait} on average for a person: consider more people on chat at busy times.` });
  }
  return out;
}
