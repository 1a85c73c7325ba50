import { addDays, instantOf, wallClockAt } from './zoned-time';

export interface BusinessDay {
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  /** "HH:MM", store time. */
  open: string;
  /** "HH:MM" after `open`; "24:00" means until midnight. */
  close: string;
}

export interface BusinessHours {
  enabled: boolean;
  /** A weekday that is absent is closed all day. */
  days: BusinessDay[];
  offlineMessage: string;
}

export interface Availability {
  open: boolean;
  /** When the store next opens, if it is closed and has opening hours. */
  nextOpenAt: Date | null;
  message: string;
}

export const DEFAULT_BUSINESS_HOURS: BusinessHours = { enabled: false, days: [], offlineMessage: '' };

export const DEFAULT_OFFLINE_MESSAGE = "We're away right now. Leave a message and we'll get back to you when we're open.";

export const OPEN_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const CLOSE_TIME_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Rules the field validators cannot see: one range per weekday, closing after opening. */
export function businessHoursProblems(days: readonly BusinessDay[]): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const { day, open, close } of days) {
    if (seen.has(day)) problems.push(`Day ${day} is listed twice; give each weekday one opening range`);
    seen.add(day);
    if (minutesOf(close) <= minutesOf(open)) {
      problems.push(
        `Day ${day} closes at ${close}, not after it opens at ${open}. Ranges past midnight are not supported: close at 24:00 and open the next day at 00:00`,
      );
    }
  }
  return problems;
}

/**
 * Whether the store is open at `at`, judged by the clocks of its time zone, and when it opens next.
 * Looks one week ahead plus a day so that a store open only earlier on today's weekday finds next week's.
 */
export function availabilityAt(hours: BusinessHours, timeZone: string, at: Date): Availability {
  if (!hours.enabled) return { open: true, nextOpenAt: null, message: '' };
  const today = wallClockAt(at, timeZone);
  const byWeekday = new Map(hours.days.map((d) => [d.day, d]));
  const message = hours.offlineMessage || DEFAULT_OFFLINE_MESSAGE;
  for (let offset = 0; offset <= 7; offset++) {
    const date = addDays(today, offset);
    const range = byWeekday.get(date.weekday);
    if (!range) continue;
    const opensAt = instantOf(date, minutesOf(range.open), timeZone);
    if (offset === 0 && opensAt <= at && at < instantOf(date, minutesOf(range.close), timeZone)) {
      return { open: true, nextOpenAt: null, message: '' };
    }
    if (opensAt > at) return { open: false, nextOpenAt: opensAt, message };
  }
  return { open: false, nextOpenAt: null, message };
}
