import { AnalyticsFigures } from '../queries/analytics-figures';
import { IntentCount, ProductSales, SearchTermCount } from '../queries/analytics-query.service';
import { DateRange } from '../queries/date-range';

/** Everything a report may draw on: computed figures only. */
export interface ReportInput {
  period: DateRange;
  current: AnalyticsFigures;
  previous: AnalyticsFigures;
  topIntents: IntentCount[];
  demandGaps: SearchTermCount[];
  topProducts: ProductSales[];
}
