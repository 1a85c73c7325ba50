import { relativeTime } from './relative-time';

describe('relativeTime', () => {
  const now = Date.UTC(2025, 2, 14, 15, 0, 0); // Friday 14 March 2025, 15:00 UTC
  const ago = (ms: number) => new Date(now - ms).toISOString();

  it('says "now" for the last minute, also when the server clock runs slightly ahead', () => {
    expect(relativeTime(ago(20_000), now)).toEqual({ short: 'now', long: 'just now' });
    expect(relativeTime(ago(-3_000), now).short).toBe('now');
  });

  it('counts minutes and hours within the day', () => {
    expect(relativeTime(ago(5 * 60_000), now)).toEqual({ short: '5m', long: '5 minutes ago' });
    expect(relativeTime(ago(3 * 3_600_000 + 59 * 60_000), now)).toEqual({ short: '3h', long: '3 hours ago' });
  });

  it('names the weekday within the last week and the date before that', () => {
    expect(relativeTime(ago(2 * 86_400_000), now, 'en', 'UTC').short).toBe('Wed');
    expect(relativeTime('2025-01-03T10:00:00Z', now, 'en', 'UTC').short).toBe('Jan 3');
    expect(relativeTime('2024-12-30T10:00:00Z', now, 'en', 'UTC').short).toBe('Dec 30, 2024');
  });

  it('gives the full date and time in the long form of older times', () => {
    expect(relativeTime('2025-01-03T10:00:00Z', now, 'en', 'UTC').long).toMatch(/Jan 3, 2025.*10:00/);
  });

  it('shows nothing for an unreadable time', () => {
    expect(relativeTime('not a date', now)).toEqual({ short: '', long: '' });
  });
});
