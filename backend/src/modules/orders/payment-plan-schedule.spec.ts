import { DAY_MS, isOverdue, scheduleInstalments } from './payment-plan-schedule';

describe('scheduleInstalments', () => {
  const start = new Date('2026-01-01T10:00:00Z');

  it('puts the remainder on the first instalment so the parts add up to the total', () => {
    const plan = scheduleInstalments(10_000, 3, 30, start);
    expect(plan.map((i) => i.amountCents)).toEqual([3334, 3333, 3333]);
    expect(plan.reduce((sum, i) => sum + i.amountCents, 0)).toBe(10_000);
  });

  it('is due at the start and then every interval', () => {
    const plan = scheduleInstalments(999, 4, 14, start);
    expect(plan.map((i) => i.dueAt.toISOString())).toEqual(['2026-01-01T10:00:00.000Z', '2026-01-15T10:00:00.000Z', '2026-01-29T10:00:00.000Z', '2026-02-12T10:00:00.000Z']);
    expect(plan.map((i) => i.amountCents)).toEqual([252, 249, 249, 249]);
  });

  it('calls an unpaid instalment overdue only a full day after it was due', () => {
    const due = { status: 'pending', dueAt: start };
    expect(isOverdue(due, start.getTime())).toBe(false);
    expect(isOverdue(due, start.getTime() + DAY_MS - 1)).toBe(false);
    expect(isOverdue(due, start.getTime() + DAY_MS + 1)).toBe(true);
    expect(isOverdue({ ...due, status: 'paid' }, start.getTime() + 2 * DAY_MS)).toBe(false);
  });
});
