import { availabilityAt, BusinessDay, BusinessHours, businessHoursProblems, DEFAULT_OFFLINE_MESSAGE } from './business-hours';

const weekdays = (open: string, close: string): BusinessDay[] => [1, 2, 3, 4, 5].map((day) => ({ day, open, close }));
const hours = (days: BusinessDay[], offlineMessage = ''): BusinessHours => ({ enabled: true, days, offlineMessage });
const at = (iso: string) => new Date(iso);

describe('availabilityAt', () => {
  const officeHours = hours(weekdays('09:00', '17:00'), 'Back at nine.');

  it('is always open when business hours are off', () => {
    expect(availabilityAt({ ...officeHours, enabled: false }, 'Europe/Berlin', at('2026-01-17T03:00:00Z'))).toEqual({
      open: true,
      nextOpenAt: null,
      message: '',
    });
  });

  it('judges opening hours by the store clock, not UTC', () => {
    // Wednesday 08:30 UTC is 09:30 in Berlin (CET, UTC+1) but still 03:30 in New York.
    expect(availabilityAt(officeHours, 'Europe/Berlin', at('2026-01-14T08:30:00Z')).open).toBe(true);
    const newYork = availabilityAt(officeHours, 'America/New_York', at('2026-01-14T08:30:00Z'));
    expect(newYork).toEqual({ open: false, nextOpenAt: at('2026-01-14T14:00:00Z'), message: 'Back at nine.' });
  });

  it('opens at the opening minute and closes at the closing minute', () => {
    expect(availabilityAt(officeHours, 'Europe/Berlin', at('2026-01-14T07:59:59Z')).open).toBe(false);
    expect(availabilityAt(officeHours, 'Europe/Berlin', at('2026-01-14T08:00:00Z')).open).toBe(true);
    expect(availabilityAt(officeHours, 'Europe/Berlin', at('2026-01-14T15:59:59Z')).open).toBe(true);
    const evening = availabilityAt(officeHours, 'Europe/Berlin', at('2026-01-14T16:00:00Z'));
    expect(evening).toEqual({ open: false, nextOpenAt: at('2026-01-15T08:00:00Z'), message: 'Back at nine.' });
  });

  it('wraps over the weekend to Monday', () => {
    const fridayEvening = availabilityAt(officeHours, 'Europe/Berlin', at('2026-01-16T19:00:00Z'));
    expect(fridayEvening.nextOpenAt).toEqual(at('2026-01-19T08:00:00Z'));
  });

  it('finds next week’s opening when the only open day is today and it is already over', () => {
    const mondaysOnly = hours([{ day: 1, open: '10:00', close: '12:00' }]);
    const result = availabilityAt(mondaysOnly, 'UTC', at('2026-01-12T13:00:00Z'));
    expect(result).toEqual({ open: false, nextOpenAt: at('2026-01-19T10:00:00Z'), message: DEFAULT_OFFLINE_MESSAGE });
  });

  it('wraps over the end of the year', () => {
    // Thursday 31 December after closing, Friday 1 January closed: next opening Monday 4 January.
    const noFridays = hours(weekdays('09:00', '17:00').filter((d) => d.day !== 5));
    expect(availabilityAt(noFridays, 'Asia/Tokyo', at('2026-12-31T09:00:00Z')).nextOpenAt).toEqual(at('2027-01-04T00:00:00Z'));
  });

  it('uses the summer offset from the spring DST change day on', () => {
    const sundays = hours([{ day: 0, open: '10:00', close: '14:00' }]);
    // Berlin moves from UTC+1 to UTC+2 at 01:00 UTC on Sunday 29 March 2026: 10:00 is 08:00 UTC that day.
    const saturdayNight = availabilityAt(sundays, 'Europe/Berlin', at('2026-03-28T20:00:00Z'));
    expect(saturdayNight.nextOpenAt).toEqual(at('2026-03-29T08:00:00Z'));
    expect(availabilityAt(sundays, 'Europe/Berlin', at('2026-03-29T08:00:00Z')).open).toBe(true);
    expect(availabilityAt(sundays, 'Europe/Berlin', at('2026-03-29T11:59:00Z')).open).toBe(true);
    expect(availabilityAt(sundays, 'Europe/Berlin', at('2026-03-29T12:00:00Z')).open).toBe(false);
  });

  it('uses the winter offset on the autumn DST change day', () => {
    const sundays = hours([{ day: 0, open: '10:00', close: '14:00' }]);
    // Berlin goes back to UTC+1 at 01:00 UTC on Sunday 25 October 2026: 10:00 is 09:00 UTC.
    expect(availabilityAt(sundays, 'Europe/Berlin', at('2026-10-25T08:30:00Z')).nextOpenAt).toEqual(at('2026-10-25T09:00:00Z'));
    expect(availabilityAt(sundays, 'Europe/Berlin', at('2026-10-25T12:59:00Z')).open).toBe(true);
    expect(availabilityAt(sundays, 'Europe/Berlin', at('2026-10-25T13:00:00Z')).open).toBe(false);
  });

  it('opens at the first 02:30 on the night clocks go back and after the gap on the night they go forward', () => {
    const earlySundays = hours([{ day: 0, open: '02:30', close: '05:00' }]);
    // 02:30 happens twice on 25 October (00:30 and 01:30 UTC): the first one counts.
    expect(availabilityAt(earlySundays, 'Europe/Berlin', at('2026-10-24T22:00:00Z')).nextOpenAt).toEqual(at('2026-10-25T00:30:00Z'));
    // 02:30 does not exist on 29 March (02:00 jumps to 03:00): the store opens one gap later, 03:30 summer time.
    expect(availabilityAt(earlySundays, 'Europe/Berlin', at('2026-03-28T22:00:00Z')).nextOpenAt).toEqual(at('2026-03-29T01:30:00Z'));
  });

  it('treats 24:00 as midnight so a day can run into the next one', () => {
    const lateNights = hours([
      { day: 3, open: '18:00', close: '24:00' },
      { day: 4, open: '00:00', close: '02:00' },
    ]);
    expect(availabilityAt(lateNights, 'UTC', at('2026-01-14T23:59:00Z')).open).toBe(true);
    expect(availabilityAt(lateNights, 'UTC', at('2026-01-15T00:00:00Z')).open).toBe(true);
    expect(availabilityAt(lateNights, 'UTC', at('2026-01-15T02:00:00Z')).nextOpenAt).toEqual(at('2026-01-21T18:00:00Z'));
  });

  it('stays closed with no next opening when no day has hours', () => {
    expect(availabilityAt(hours([]), 'UTC', at('2026-01-14T12:00:00Z'))).toEqual({ open: false, nextOpenAt: null, message: DEFAULT_OFFLINE_MESSAGE });
  });
});

describe('businessHoursProblems', () => {
  it('accepts one range per weekday that closes after it opens', () => {
    expect(businessHoursProblems([...weekdays('09:00', '17:00'), { day: 6, open: '10:00', close: '24:00' }])).toEqual([]);
  });

  it('rejects a weekday listed twice and a range that closes before it opens', () => {
    const problems = businessHoursProblems([
      { day: 1, open: '09:00', close: '12:00' },
      { day: 1, open: '13:00', close: '17:00' },
      { day: 5, open: '22:00', close: '02:00' },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/Day 1 is listed twice/);
    expect(problems[1]).toMatch(/Day 5 closes at 02:00, not after it opens at 22:00.*past midnight/);
  });
});
