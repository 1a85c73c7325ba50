import type { DayRange, Granularity } from './analytics.models';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const GRANULARITIES: readonly Granularity[] = ['DAY', 'WEEK', 'MONTH'];
export const DEFAULT_RANGE_DAYS = 30;

/** YYYY-MM-DD of a date in the browser's calendar. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The browser-calendar date of a YYYY-MM-DD day (midnight). */
export function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function lastDays(days: number, today: Date): DayRange {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: dayOf(from), to: dayOf(today) };
}

function isDay(value: string | null): value is string {
  return !!value && DAY.test(value) && dayOf(dateOf(value)) === value;
}

/** A `?from=&to=` pair of calendar days; null when either is missing or impossible, or the range runs backwards. */
export function parseDayRange(from: string | null | undefined, to: string | null | undefined): DayRange | null {
  const [start, end] = [from ?? null, to ?? null];
  return isDay(start) && isDay(end) && start <= end ? { from: start, to: end } : null;
}

/** Reads `?from=&to=` from the URL; a missing, malformed or backwards range falls back to the last 30 days. */
export function parseRange(from: string | null, to: string | null, today: Date): DayRange {
  return parseDayRange(from, to) ?? lastDays(DEFAULT_RANGE_DAYS, today);
}

/** Reads `?by=`; a long range defaults to weeks so a chart stays readable. */
export function parseGranularity(raw: string | null, range: DayRange): Granularity {
  const wanted = raw?.toUpperCase();
  if (wanted && (GRANULARITIES as readonly string[]).includes(wanted)) return wanted as Granularity;
  const days = Math.round((dateOf(range.to).getTime() - dateOf(range.from).getTime()) / 86_400_000) + 1;
  return days > 92 ? 'MONTH' : days > 31 ? 'WEEK' : 'DAY';
}
