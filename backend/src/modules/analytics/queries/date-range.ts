import { UserInputError } from '../../../platform/graphql/app-errors';
import { addDays, daysBetween, isCalendarDay, monthStart, weekStart } from '../local-day';
import { AnalyticsGranularity } from './analytics-granularity';

/** Longest range one query may cover: a little over two years of daily rows. */
export const MAX_RANGE_DAYS = 800;

/** An inclusive range of store-local calendar days. */
export interface DateRange {
  from: string;
  to: string;
}

export function checkedRange(range: DateRange): DateRange {
  if (!isCalendarDay(range.from) || !isCalendarDay(range.to)) {
    throw new UserInputError('Dates must be calendar days as YYYY-MM-DD', { range: ['invalid date'] });
  }
  const span = daysBetween(range.from, range.to);
  if (span < 0) throw new UserInputError('The range ends before it starts', { range: ['from after to'] });
  if (span >= MAX_RANGE_DAYS) throw new UserInputError(`A range can cover at most ${MAX_RANGE_DAYS} days`, { range: ['too long'] });
  return range;
}

/** The range of the same length just before `range` (what "change" compares against). */
export function previousRange(range: DateRange): DateRange {
  const length = daysBetween(range.from, range.to) + 1;
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}

export function periodStart(day: string, granularity: AnalyticsGranularity): string {
  if (granularity === AnalyticsGranularity.WEEK) return weekStart(day);
  if (granularity === AnalyticsGranularity.MONTH) return monthStart(day);
  return day;
}

/**
 * The periods that overlap `range`, each clipped to it: a week range starting on a Wednesday has a
 * first period from that Wednesday to Sunday, so no day outside the range is ever counted.
 */
export function periodsOf(range: DateRange, granularity: AnalyticsGranularity): DateRange[] {
  const periods: DateRange[] = [];
  let start = range.from;
  while (start <= range.to) {
    const natural = periodStart(start, granularity);
    const nextStart =
      granularity === AnalyticsGranularity.DAY
        ? addDays(natural, 1)
        : granularity === AnalyticsGranularity.WEEK
          ? addDays(natural, 7)
          : monthStart(addDays(natural, 32));
    const last = granularity === AnalyticsGranularity.DAY ? start : addDays(nextStart, -1);
    periods.push({ from: start, to: last < range.to ? last : range.to });
    start = nextStart;
  }
  return periods;
}

/** A range as the whole calendar months it contains plus the loose days before and after them. */
export interface MonthsAndDays {
  /** First days of the first and last whole month, or null when the range holds no whole month. */
  months: DateRange | null;
  days: DateRange[];
}

export function monthsAndDays(range: DateRange): MonthsAndDays {
  const firstWhole = range.from === monthStart(range.from) ? range.from : monthStart(addDays(monthStart(range.from), 32));
  const endsMonth = addDays(range.to, 1) === monthStart(addDays(range.to, 1));
  const lastWhole = endsMonth ? monthStart(range.to) : monthStart(addDays(monthStart(range.to), -1));
  if (firstWhole > lastWhole || firstWhole > range.to) return { months: null, days: [range] };
  const days: DateRange[] = [];
  if (range.from < firstWhole) days.push({ from: range.from, to: addDays(firstWhole, -1) });
  const afterLast = monthStart(addDays(lastWhole, 32));
  if (afterLast <= range.to) days.push({ from: afterLast, to: range.to });
  return { months: { from: firstWhole, to: lastWhole }, days };
}
