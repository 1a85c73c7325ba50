export type Granularity = 'DAY' | 'WEEK' | 'MONTH';

/** An inclusive range of the store's calendar days, as YYYY-MM-DD. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

export interface AnalyticsFigures {
  readonly conversations: number;
  readonly byStatus: { readonly bot: number; readonly waitingForHuman: number; readonly assigned: number; readonly resolved: number; readonly snoozed: number };
  readonly messages: { readonly visitor: number; readonly bot: number; readonly agent: number; readonly total: number };
  readonly handedOff: number;
  readonly handoffRate: number | null;
  readonly botAnswered: number;
  readonly botResolved: number;
  readonly botResolutionRate: number | null;
  readonly avgFirstResponseBotMs: number | null;
  readonly avgFirstResponseHumanMs: number | null;
  readonly searches: number;
  readonly searchesWithoutResult: number;
  readonly orders: number;
  readonly chatOrders: number;
  readonly chatRevenueMinor: number;
  readonly chatAverageOrderValueMinor: number | null;
  readonly funnel: { readonly conversations: number; readonly carted: number; readonly ordered: number };
  readonly revenueMinor: number;
  readonly csatAverage: number | null;
  readonly csatResponses: number;
  readonly sentimentAverage: number | null;
  readonly sentimentScored: number;
}

/** A chart period: only the figures the charts draw. */
export interface AnalyticsPeriod extends DayRange {
  readonly figures: Pick<AnalyticsFigures, 'conversations' | 'handedOff' | 'botResolved' | 'orders' | 'revenueMinor' | 'sentimentAverage'> & {
    readonly messages: Pick<AnalyticsFigures['messages'], 'visitor' | 'bot' | 'agent'>;
  };
}

export interface DashboardData {
  readonly analyticsSummary: { readonly timeZone: string; readonly current: AnalyticsFigures; readonly previous: AnalyticsFigures };
  readonly analyticsSeries: readonly AnalyticsPeriod[];
  readonly analyticsTopIntents: readonly { readonly intent: string; readonly messages: number }[];
  readonly analyticsSearchTerms: readonly { readonly term: string; readonly searches: number; readonly misses: number }[];
  readonly analyticsTopProducts: readonly { readonly productId: string; readonly name: string; readonly units: number; readonly revenueMinor: number }[];
  readonly analyticsSalesForecast: SalesForecast;
  readonly analyticsStockOutPredictions: readonly StockOutPrediction[];
}

export interface ForecastDay {
  readonly day: string;
  readonly orders: number;
  readonly revenueMinor: number;
}

export interface SalesForecast {
  readonly method: string;
  readonly days: readonly ForecastDay[];
  readonly orders: number;
  readonly revenueMinor: number;
}

export interface StockOutPrediction {
  readonly variantId: string;
  readonly sku: string | null;
  readonly name: string | null;
  readonly available: number;
  readonly unitsPerDay: number;
  readonly daysLeft: number | null;
  readonly stockOutOn: string | null;
  readonly lowStock: boolean;
}
