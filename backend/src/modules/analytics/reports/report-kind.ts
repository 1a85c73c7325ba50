export enum ReportKind {
  WEEKLY = 'weekly',
  ON_DEMAND = 'on_demand',
}
