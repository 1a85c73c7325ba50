export const DAY_MS = 24 * 60 * 60 * 1000;
/** Days between instalments unless staff choose otherwise (and for plans made at checkout). */
export const DEFAULT_PLAN_INTERVAL_DAYS = 30;
/** An unpaid instalment counts as overdue (and gets its notice) this long after its due date. */
export const OVERDUE_AFTER_DAYS = 1;

export interface ScheduledInstalment {
  number: number;
  amountCents: number;
  dueAt: Date;
}

/**
 * Splits a total into `count` instalments that add up to it exactly: equal parts, the remainder of
 * the division on the first. The first is due at `start`, the next every `intervalDays` after.
 */
export function scheduleInstalments(totalCents: number, count: number, intervalDays: number, start: Date): ScheduledInstalment[] {
  const share = Math.floor(totalCents / count);
  const remainder = totalCents - share * count;
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    amountCents: i === 0 ? share + remainder : share,
    dueAt: new Date(start.getTime() + i * intervalDays * DAY_MS),
  }));
}

/** Still unpaid a grace day after it was due. */
export function isOverdue(instalment: { status: string; dueAt: Date }, now = Date.now()): boolean {
  return instalment.status === 'pending' && instalment.dueAt.getTime() + OVERDUE_AFTER_DAYS * DAY_MS < now;
}
