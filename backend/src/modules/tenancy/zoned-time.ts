/** A calendar date and time of day as a clock on the wall of some time zone shows it. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** IANA zones a store may pick; ICU lists UTC only under its alias, yet it is the stores' default. */
export const TIME_ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];

/** What the clocks in `timeZone` show at `at` (to the minute). */
export function wallClockAt(at: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year, month, day, hour, minute } = parts;
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(), minutes: hour * 60 + minute };
}

/** The calendar day `offset` days after the given one (month and year wrap handled by Date.UTC). */
export function addDays(date: Pick<WallClock, 'year' | 'month' | 'day'>, offset: number): WallClock {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + offset));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay(), minutes: 0 };
}

function offsetMsAt(instant: number, timeZone: string): number {
  const wall = wallClockAt(new Date(instant), timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day) + wall.minutes * 60_000;
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant when clocks in `timeZone` show `minutes` past midnight of the given date (1440 = the next
 * midnight). Offsets come from Intl for that very day, so DST changes are honoured. A time the clocks
 * show twice (autumn) is its first occurrence; a time they skip (spring) is moved later by the gap,
 * as Temporal's "compatible" disambiguation does.
 */
export function instantOf(date: Pick<WallClock, 'year' | 'month' | 'day'>, minutes: number, timeZone: string): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day) + minutes * 60_000;
  const dayMs = 86_400_000;
  const before = offsetMsAt(asUtc - dayMs, timeZone);
  const after = offsetMsAt(asUtc + dayMs, timeZone);
  const matching = [asUtc - before, asUtc - after].filter((t) => offsetMsAt(t, timeZone) === asUtc - t);
  // No offset of that day yields the wall time: it falls in the spring-forward gap.
  return new Date(matching.length ? Math.min(...matching) : asUtc - before);
}

/** Whether `timeZone` is a zone the runtime knows (a store's setting may hold anything). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
