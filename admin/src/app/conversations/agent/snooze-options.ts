/** The snooze choices offered to agents, as times computed from "now". */
export interface SnoozeOption {
  readonly label: string;
  readonly until: (now: Date) => Date;
}

export const SNOOZE_OPTIONS: readonly SnoozeOption[] = [
  { label: 'For 1 hour', until: (now) => new Date(now.getTime() + 3_600_000) },
  { label: 'For 4 hours', until: (now) => new Date(now.getTime() + 4 * 3_600_000) },
  { label: 'Until tomorrow, 9:00', until: (now) => tomorrowAt(now, 9) },
  { label: 'For a week', until: (now) => new Date(now.getTime() + 7 * 24 * 3_600_000) },
];

/** The next day's `hour` o'clock, local time. */
export function tomorrowAt(now: Date, hour: number): Date {
  const next = new Date(now);
  next.setDate(next.getDate() + 1);
  next.setHours(hour, 0, 0, 0);
  return next;
}
