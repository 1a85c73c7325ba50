import type { BusinessDay } from './business-hours.graphql';

/** One weekday in the form: open or closed, and its range as a time input shows it. */
export interface DayRow {
  readonly day: number;
  readonly label: string;
  readonly open: boolean;
  readonly from: string;
  readonly to: string;
}

/** Monday first, as most shops plan their week; `day` keeps the API's 0 = Sunday. */
const WEEK: ReadonlyArray<{ day: number; label: string }> = [
  { day: 1, label: 'Monday' },
  { day: 2, label: 'Tuesday' },
  { day: 3, label: 'Wednesday' },
  { day: 4, label: 'Thursday' },
  { day: 5, label: 'Friday' },
  { day: 6, label: 'Saturday' },
  { day: 0, label: 'Sunday' },
];

const DEFAULT_FROM = '09:00';
const DEFAULT_TO = '17:00';
/** A time input cannot show 24:00: midnight as a closing time is typed and shown as 00:00. */
const MIDNIGHT = '24:00';

export function rowsOf(days: readonly BusinessDay[]): DayRow[] {
  const byDay = new Map(days.map((d) => [d.day, d]));
  return WEEK.map(({ day, label }) => {
    const range = byDay.get(day);
    return range
      ? { day, label, open: true, from: range.open, to: range.close === MIDNIGHT ? '00:00' : range.close }
      : { day, label, open: false, from: DEFAULT_FROM, to: DEFAULT_TO };
  });
}

export function daysOf(rows: readonly DayRow[]): BusinessDay[] {
  return rows.filter((row) => row.open).map((row) => ({ day: row.day, open: row.from, close: row.to === '00:00' ? MIDNIGHT : row.to }));
}

/** Why an open day cannot be saved, or null. */
export function rowProblem(row: DayRow): string | null {
  if (!row.open) return null;
  if (!/^\d\d:\d\d$/.test(row.from) || !/^\d\d:\d\d$/.test(row.to)) return 'Enter both times';
  if (row.to !== '00:00' && row.to <= row.from) return 'Closes before it opens. For past midnight, close at 00:00 and open the next day at 00:00';
  return null;
}
