import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DayRange } from '../dashboard/analytics.models';

export interface DemandGap {
  readonly term: string;
  readonly searches: number;
  readonly misses: number;
  readonly lastMissedOn: string;
}

export const DEMAND_GAPS: TypedDocumentNode<{ readonly analyticsDemandGaps: readonly DemandGap[] }, { range: DayRange; first: number }> = gql`
  query DemandGaps($range: AnalyticsRangeInput!, $first: Int!) {
    analyticsDemandGaps(range: $range, first: $first) { term searches misses lastMissedOn }
  }
`;
