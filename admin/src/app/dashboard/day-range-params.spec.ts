import { dayOf, lastDays, parseGranularity, parseRange } from './day-range-params';

const TODAY = new Date(2026, 2, 31, 15, 30); // 31 March 2026, afternoon

describe('dashboard period in the URL', () => {
  it('reads a shared ?from=&to= range as it is', () => {
    expect(parseRange('2026-01-04', '2026-01-10', TODAY)).toEqual({ from: '2026-01-04', to: '2026-01-10' });
    expect(parseRange('2026-02-01', '2026-02-01', TODAY)).toEqual({ from: '2026-02-01', to: '2026-02-01' });
  });

  it('falls back to the last 30 days, today included, for a missing, impossible or backwards range', () => {
    const fallback = { from: '2026-03-02', to: '2026-03-31' };
    expect(parseRange(null, null, TODAY)).toEqual(fallback);
    expect(parseRange('2026-02-30', '2026-03-05', TODAY)).toEqual(fallback);
    expect(parseRange('2026-03-10', '2026-03-01', TODAY)).toEqual(fallback);
    expect(parseRange('yesterday', '2026-03-05', TODAY)).toEqual(fallback);
  });

  it('counts calendar days across month ends and leap days', () => {
    expect(lastDays(7, new Date(2028, 2, 2))).toEqual({ from: '2028-02-25', to: '2028-03-02' });
    expect(dayOf(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });

  it('keeps a chosen grouping and otherwise picks one that keeps the chart readable', () => {
    expect(parseGranularity('week', { from: '2026-03-01', to: '2026-03-07' })).toBe('WEEK');
    expect(parseGranularity('MONTH', { from: '2026-03-01', to: '2026-03-07' })).toBe('MONTH');
    expect(parseGranularity(null, { from: '2026-03-01', to: '2026-03-31' })).toBe('DAY');
    expect(parseGranularity('hourly', { from: '2026-01-01', to: '2026-03-31' })).toBe('WEEK');
    expect(parseGranularity(null, { from: '2025-04-01', to: '2026-03-31' })).toBe('MONTH');
  });
});
