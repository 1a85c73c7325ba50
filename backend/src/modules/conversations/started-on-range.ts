import { UserInputError } from '../../platform/graphql/app-errors';
import { addDays, instantOf, WallClock } from '../tenancy/zoned-time';

/** As long as the longest analytics range, so any period of the dashboard can be opened as a list. */
export const MAX_STARTED_ON_DAYS = 800;

/** An inclusive range of store-local calendar days, YYYY-MM-DD. */
export interface StoreDayRange {
  from: string;
  to: string;
}

/** The instants a range of local days covers: from its first midnight up to (not including) the midnight after its last day. */
export interface StartedBetween {
  start: Date;
  end: Date;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function calendarDay(value: string): Pick<WallClock, 'year' | 'month' | 'day'> | null {
  const match = DAY.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over into March: only a day that survives the round trip exists.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * Checks a range of store-local days and turns it into instants in the store's time zone, DST
 * included: a conversation belongs to the range when it started at or after `start` and before `end`,
 * which is exactly when its start falls on one of the days in the store's calendar.
 */
export function startedBetween(range: StoreDayRange, timeZone: string): StartedBetween {
  const from = calendarDay(range.from);
  const to = calendarDay(range.to);
  if (!from || !to) throw new UserInputError('Dates must be calendar days written as YYYY-MM-DD', { startedOn: ['invalid date'] });
  const days = Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / DAY_MS) + 1;
  if (days < 1) throw new UserInputError('The date range ends before it starts', { startedOn: ['from after to'] });
  if (days > MAX_STARTED_ON_DAYS) throw new UserInputError(`A date range can cover at most ${MAX_STARTED_ON_DAYS} days`, { startedOn: ['too long'] });
  return { start: instantOf(from, 0, timeZone), end: instantOf(addDays(to, 1), 0, timeZone) };
}
