import { dayIn, parseStartedFilter, startedFilterLabel, startedFilterParams, startedWithin } from './started-filter';

describe('start-day filter in the URL', () => {
  it('reads a ?from=&to= range of calendar days as it is', () => {
    expect(parseStartedFilter('2026-03-01', '2026-03-08')).toEqual({ from: '2026-03-01', to: '2026-03-08' });
    expect(parseStartedFilter('2026-03-08', '2026-03-08')).toEqual({ from: '2026-03-08', to: '2026-03-08' });
  });

  it('shows conversations of any day for a missing, half, impossible or backwards range', () => {
    expect(parseStartedFilter(null, null)).toBeNull();
    expect(parseStartedFilter('2026-03-01', null)).toBeNull();
    expect(parseStartedFilter('2026-02-30', '2026-03-08')).toBeNull();
    expect(parseStartedFilter('2026-03-08', '2026-03-01')).toBeNull();
    expect(parseStartedFilter('last week', '2026-03-08')).toBeNull();
  });

  it('writes the range back, or removes both parameters when cleared', () => {
    expect(startedFilterParams({ from: '2026-03-01', to: '2026-03-08' })).toEqual({ from: '2026-03-01', to: '2026-03-08' });
    expect(startedFilterParams(null)).toEqual({ from: null, to: null });
    const range = { from: '2025-12-29', to: '2026-01-04' };
    const { from, to } = startedFilterParams(range);
    expect(parseStartedFilter(from, to)).toEqual(range);
  });

  it("matches a live conversation by the day it started in the store's time zone", () => {
    const firstWeek = { from: '2026-03-01', to: '2026-03-08' };
    // 04:59:59 UTC on 1 March is still 28 February in New York; 03:59:59 UTC on 9 March is 8 March there (after the clocks went forward).
    expect(dayIn('2026-03-01T04:59:59Z', 'America/New_York')).toBe('2026-02-28');
    expect(startedWithin({ createdAt: '2026-03-01T04:59:59Z' }, firstWeek, 'America/New_York')).toBe(false);
    expect(startedWithin({ createdAt: '2026-03-01T05:00:00Z' }, firstWeek, 'America/New_York')).toBe(true);
    expect(startedWithin({ createdAt: '2026-03-09T03:59:59Z' }, firstWeek, 'America/New_York')).toBe(true);
    expect(startedWithin({ createdAt: '2026-03-09T03:59:59Z' }, firstWeek, 'UTC')).toBe(false);
    expect(startedWithin({ createdAt: '2020-01-01T00:00:00Z' }, null, 'UTC')).toBe(true);
  });

  it('names the range in words for the empty list', () => {
    expect(startedFilterLabel({ from: '2026-03-01', to: '2026-03-08' })).toBe('1 Mar – 8 Mar 2026');
    expect(startedFilterLabel({ from: '2025-12-29', to: '2026-01-04' })).toBe('29 Dec 2025 – 4 Jan 2026');
    expect(startedFilterLabel({ from: '2026-03-08', to: '2026-03-08' })).toBe('8 Mar 2026');
  });
});
