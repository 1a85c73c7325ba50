export type ReportKindName = 'WEEKLY' | 'ON_DEMAND';

export interface ReportSummary {
  readonly id: string;
  readonly kind: ReportKindName;
  readonly title: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly createdAt: string;
}

export interface ReportDetail extends ReportSummary {
  readonly narrative: string;
  /** 'model' when the language model wrote the narrative (its numbers checked against the figures), else 'template'. */
  readonly narratedBy: string;
  readonly figures: readonly { readonly key: string; readonly label: string; readonly value: number | null; readonly display: string }[];
  readonly recommendations: readonly { readonly kind: string; readonly text: string }[];
}
