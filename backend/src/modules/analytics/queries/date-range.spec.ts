import { AnalyticsGranularity } from './analytics-granularity';
import { checkedRange, monthsAndDays, periodsOf, previousRange } from './date-range';

describe('analytics date ranges', () => {
  it('compares with the same number of days just before', () => {
    expect(previousRange({ from: '2026-03-01', to: '2026-03-07' })).toEqual({ from: '2026-02-22', to: '2026-02-28' });
    expect(previousRange({ from: '2026-01-01', to: '2026-01-01' })).toEqual({ from: '2025-12-31', to: '2025-12-31' });
  });

  it('rejects impossible days, backwards and overlong ranges', () => {
    expect(() => checkedRange({ from: '2026-02-29', to: '2026-03-01' })).toThrow('calendar days');
    expect(() => checkedRange({ from: '2026-03-02', to: '2026-03-01' })).toThrow('ends before');
    expect(() => checkedRange({ from: '2020-01-01', to: '2026-01-01' })).toThrow('at most');
    expect(checkedRange({ from: '2028-02-29', to: '2028-02-29' })).toEqual({ from: '2028-02-29', to: '2028-02-29' });
  });

  it('cuts weeks Monday to Sunday and months by the calendar, clipped to the range', () => {
    expect(periodsOf({ from: '2026-01-01', to: '2026-01-14' }, AnalyticsGranularity.WEEK)).toEqual([
      { from: '2026-01-01', to: '2026-01-04' },
      { from: '2026-01-05', to: '2026-01-11' },
      { from: '2026-01-12', to: '2026-01-14' },
    ]);
    expect(periodsOf({ from: '2028-01-31', to: '2028-03-01' }, AnalyticsGranularity.MONTH)).toEqual([
      { from: '2028-01-31', to: '2028-01-31' },
      { from: '2028-02-01', to: '2028-02-29' },
      { from: '2028-03-01', to: '2028-03-01' },
    ]);
    expect(periodsOf({ from: '2026-03-28', to: '2026-03-30' }, AnalyticsGranularity.DAY).map((p) => p.from)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });

  it('reads whole months from monthly rows and only the loose days from daily ones', () => {
    expect(monthsAndDays({ from: '2025-11-23', to: '2026-11-22' })).toEqual({
      months: { from: '2025-12-01', to: '2026-10-01' },
      days: [
        { from: '2025-11-23', to: '2025-11-30' },
        { from: '2026-11-01', to: '2026-11-22' },
      ],
    });
    expect(monthsAndDays({ from: '2026-01-01', to: '2026-02-28' })).toEqual({ months: { from: '2026-01-01', to: '2026-02-01' }, days: [] });
    expect(monthsAndDays({ from: '2026-01-04', to: '2026-01-10' })).toEqual({ months: null, days: [{ from: '2026-01-04', to: '2026-01-10' }] });
    expect(monthsAndDays({ from: '2026-01-15', to: '2026-02-14' })).toEqual({ months: null, days: [{ from: '2026-01-15', to: '2026-02-14' }] });
    expect(monthsAndDays({ from: '2025-12-20', to: '2026-02-02' })).toEqual({
      months: { from: '2026-01-01', to: '2026-01-01' },
      days: [
        { from: '2025-12-20', to: '2025-12-31' },
        { from: '2026-02-01', to: '2026-02-02' },
      ],
    });
  });
});
