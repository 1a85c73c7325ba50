/** Totals over a set of days, as the dashboards and reports read them. */
export interface AnalyticsFigures {
  conversations: number;
  byStatus: { bot: number; waitingForHuman: number; assigned: number; resolved: number; snoozed: number };
  messages: { visitor: number; bot: number; agent: number; total: number };
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
  funnel: { conversations: number; carted: number; ordered: number };
  csatAverage: number | null;
  csatResponses: number;
  sentimentAverage: number | null;
  sentimentScored: number;
}

/** Column sums of analytics_daily, as PostgreSQL returns them (bigint sums arrive as strings). */
export type DailySums = Record<(typeof SUMMED_COLUMNS)[number], string | number | null>;

export const SUMMED_COLUMNS = [
  'conversations',
  'status_bot',
  'status_waiting',
  'status_assigned',
  'status_resolved',
  'status_snoozed',
  'handed_off',
  'bot_answered',
  'bot_resolved',
  'frt_bot_ms',
  'frt_bot_count',
  'frt_human_ms',
  'frt_human_count',
  'carted',
  'ordered',
  'messages_visitor',
  'messages_bot',
  'messages_agent',
  'searches',
  'search_misses',
  'orders',
  'revenue_minor',
  'chat_orders',
  'chat_revenue_minor',
  'csat_sum',
  'csat_count',
  'sentiment_sum',
  'sentiment_count',
] as const;

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const average = (sum: number, count: number): number | null => (count > 0 ? Math.round(sum / count) : null);

export function figuresFrom(sums: DailySums): AnalyticsFigures {
  const n = (column: keyof DailySums) => Number(sums[column] ?? 0);
  const conversations = n('conversations');
  const messages = { visitor: n('messages_visitor'), bot: n('messages_bot'), agent: n('messages_agent'), total: 0 };
  messages.total = messages.visitor + messages.bot + messages.agent;
  return {
    conversations,
    byStatus: {
      bot: n('status_bot'),
      waitingForHuman: n('status_waiting'),
      assigned: n('status_assigned'),
      resolved: n('status_resolved'),
      snoozed: n('status_snoozed'),
    },
    messages,
    handedOff: n('handed_off'),
    handoffRate: ratio(n('handed_off'), conversations),
    botAnswered: n('bot_answered'),
    botResolved: n('bot_resolved'),
    botResolutionRate: ratio(n('bot_resolved'), conversations),
    avgFirstResponseBotMs: average(n('frt_bot_ms'), n('frt_bot_count')),
    avgFirstResponseHumanMs: average(n('frt_human_ms'), n('frt_human_count')),
    searches: n('searches'),
    searchesWithoutResult: n('search_misses'),
    orders: n('orders'),
    revenueMinor: n('revenue_minor'),
    chatOrders: n('chat_orders'),
    chatRevenueMinor: n('chat_revenue_minor'),
    chatAverageOrderValueMinor: average(n('chat_revenue_minor'), n('chat_orders')),
    funnel: { conversations, carted: n('carted'), ordered: n('ordered') },
    csatAverage: ratio(n('csat_sum'), n('csat_count')),
    csatResponses: n('csat_count'),
    sentimentAverage: ratio(n('sentiment_sum'), n('sentiment_count')),
    sentimentScored: n('sentiment_count'),
  };
}
