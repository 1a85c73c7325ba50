import { AnalyticsFigures } from '../queries/analytics-figures';
import { StockOutPrediction } from '../queries/analytics-forecast.service';
import { HandedOffIntent, IntentCount, ProductSales, SearchTermCount } from '../queries/analytics-query.service';
import { DateRange } from '../queries/date-range';

/** Everything a report may draw on: computed figures only. */
export interface ReportInput {
  period: DateRange;
  current: AnalyticsFigures;
  previous: AnalyticsFigures;
  topIntents: IntentCount[];
  demandGaps: SearchTermCount[];
  topProducts: ProductSales[];
  /** Intents of conversations that needed a person: candidates for an FAQ answer. */
  handedOffIntents: HandedOffIntent[];
  /** Variants predicted to run out soon (or already low), soonest first. */
  stockOuts: StockOutPrediction[];
  /** The figures of each of the days just before the period: what "usual" means for anomalies. */
  recentDays: AnalyticsFigures[];
}
