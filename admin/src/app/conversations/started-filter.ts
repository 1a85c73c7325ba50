import type { DayRange } from '../dashboard/analytics.models';
import { parseDayRange } from '../dashboard/day-range-params';
import { periodLabel } from '../dashboard/figure-format';
import type { ConversationSummary } from './conversation.models';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Reads `?from=&to=`: the days conversations started, in the store's calendar (the days the
 * dashboard counts them on). Anything incomplete, impossible or backwards means "any day".
 */
export function parseStartedFilter(from: string | null | undefined, to: string | null | undefined): DayRange | null {
  return parseDayRange(from, to);
}

/** The `?from=&to=` values for a range; nulls remove both parameters. */
export function startedFilterParams(range: DayRange | null): { from: string | null; to: string | null } {
  return { from: range?.from ?? null, to: range?.to ?? null };
}

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function dayIn(instant: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

/** Whether a conversation started on one of the range's days in the store's calendar (every day matches without a range). */
export function startedWithin(conversation: Pick<ConversationSummary, 'createdAt'>, range: DayRange | null, timeZone: string): boolean {
  if (!range) return true;
  const day = dayIn(conversation.createdAt, timeZone);
  return day >= range.from && day <= range.to;
}

/** "1 Mar – 8 Mar 2026", or "8 Mar 2026" for a single day. */
export function startedFilterLabel(range: DayRange): string {
  const year = (day: string) => day.slice(0, 4);
  const end = `${periodLabel(range.to, false)} ${year(range.to)}`;
  if (range.from === range.to) return end;
  const start = periodLabel(range.from, false) + (year(range.from) === year(range.to) ? '' : ` ${year(range.from)}`);
  return `${start} – ${end}`;
}
