import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DashboardData, DayRange, Granularity } from './analytics.models';

export interface DashboardVariables {
  readonly range: DayRange;
  readonly granularity: Granularity;
}

const FIGURES = gql`
  fragment DashboardFigures on AnalyticsFigures {
    conversations
    byStatus { bot waitingForHuman assigned resolved snoozed }
    messages { visitor bot agent total }
    handedOff
    handoffRate
    botAnswered
    botResolved
    botResolutionRate
    avgFirstResponseBotMs
    avgFirstResponseHumanMs
    searches
    searchesWithoutResult
    orders
    chatOrders
    chatRevenueMinor
    chatAverageOrderValueMinor
    funnel { conversations carted ordered }
    revenueMinor
    csatAverage
    csatResponses
    sentimentAverage
    sentimentScored
  }
`;

export const DASHBOARD: TypedDocumentNode<DashboardData, DashboardVariables> = gql`
  query Dashboard($range: AnalyticsRangeInput!, $granularity: AnalyticsGranularity!) {
    analyticsSummary(range: $range) {
      timeZone
      current { ...DashboardFigures }
      previous { ...DashboardFigures }
    }
    analyticsSeries(range: $range, granularity: $granularity) {
      from
      to
      # Only what the charts draw: a year of days is 365 periods.
      figures {
        conversations
        handedOff
        botResolved
        orders
        revenueMinor
        sentimentAverage
        messages { visitor bot agent }
      }
    }
    analyticsTopIntents(range: $range, first: 8) { intent messages }
    analyticsSearchTerms(range: $range, withoutResultsOnly: true, first: 8) { term searches misses }
    analyticsTopProducts(range: $range, first: 5) { productId name units revenueMinor }
    analyticsSalesForecast(horizonDays: 30) { method days { day orders revenueMinor } orders revenueMinor }
    analyticsStockOutPredictions(first: 10) { variantId sku name available unitsPerDay daysLeft stockOutOn lowStock }
  }
  ${FIGURES}
`;
