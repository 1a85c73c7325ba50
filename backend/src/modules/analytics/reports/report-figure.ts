/** A number a report is allowed to state: its narrative quotes `display` verbatim and nothing else. */
export interface ReportFigure {
  key: string;
  label: string;
  value: number | null;
  display: string;
}
