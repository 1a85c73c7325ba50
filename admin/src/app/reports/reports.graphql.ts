import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ReportDetail, ReportSummary } from './report.models';

const REPORT_SUMMARY_FIELDS = gql`
  fragment ReportSummaryFields on AnalyticsReport {
    id
    kind
    title
    periodStart
    periodEnd
    createdAt
  }
`;

const REPORT_DETAIL_FIELDS = gql`
  fragment ReportDetailFields on AnalyticsReport {
    ...ReportSummaryFields
    narrative
    narratedBy
    figures { key label value display }
    recommendations { kind text }
  }
  ${REPORT_SUMMARY_FIELDS}
`;

export interface ReportsData {
  readonly analyticsReports: { readonly edges: readonly { readonly node: ReportSummary }[] };
}

export const REPORTS: TypedDocumentNode<ReportsData, { first: number }> = gql`
  query AnalyticsReports($first: Int!) {
    analyticsReports(first: $first) {
      edges { node { ...ReportSummaryFields } }
    }
  }
  ${REPORT_SUMMARY_FIELDS}
`;

export const REPORT: TypedDocumentNode<{ readonly analyticsReport: ReportDetail }, { id: string }> = gql`
  query AnalyticsReport($id: ID!) {
    analyticsReport(id: $id) { ...ReportDetailFields }
  }
  ${REPORT_DETAIL_FIELDS}
`;

export const GENERATE_REPORT: TypedDocumentNode<{ readonly generateAnalyticsReport: ReportDetail }, Record<string, never>> = gql`
  mutation GenerateAnalyticsReport {
    generateAnalyticsReport { ...ReportDetailFields }
  }
  ${REPORT_DETAIL_FIELDS}
`;
