import { matchingTimeZones, TIME_ZONES } from './time-zones';

describe('time zones', () => {
  it('offers UTC and the IANA zones', () => {
    expect(TIME_ZONES[0]).toBe('UTC');
    expect(TIME_ZONES).toContain('Europe/Berlin');
  });

  it('finds a zone from words in any order, ignoring case and underscores', () => {
    expect(matchingTimeZones('new york')).toEqual(['America/New_York']);
    expect(matchingTimeZones('BERLIN europe')).toEqual(['Europe/Berlin']);
    expect(matchingTimeZones('atlantis')).toEqual([]);
  });

  it('limits a broad search', () => {
    expect(matchingTimeZones('america', 5)).toHaveLength(5);
  });
});
