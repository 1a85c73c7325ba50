const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface RelativeTime {
  /** Compact form for dense lists: "now", "5m", "3h", "Mon", "Mar 4". */
  readonly short: string;
  /** Spoken form for assistive technology and tooltips: "5 minutes ago". */
  readonly long: string;
}

/** How long ago `iso` was, as seen at `now`. Dates use `timeZone` (the browser's when omitted). */
export function relativeTime(iso: string, now: number, locale = 'en', timeZone?: string): RelativeTime {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return { short: '', long: '' };
  // A slightly fast server clock must not produce "in 2 seconds".
  const elapsed = Math.max(0, now - then);
  const spoken = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

  if (elapsed < MINUTE) return { short: 'now', long: 'just now' };
  if (elapsed < HOUR) {
    const minutes = Math.floor(elapsed / MINUTE);
    return { short: `${minutes}m`, long: spoken.format(-minutes, 'minute') };
  }
  if (elapsed < DAY) {
    const hours = Math.floor(elapsed / HOUR);
    return { short: `${hours}h`, long: spoken.format(-hours, 'hour') };
  }
  const date = new Date(then);
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  if (elapsed < 7 * DAY) {
    return { short: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone }).format(date), long };
  }
  const sameYear = new Date(now).getUTCFullYear() === date.getUTCFullYear();
  const short = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    year: sameYear ? undefined : 'numeric',
    timeZone,
  }).format(date);
  return { short, long };
}
